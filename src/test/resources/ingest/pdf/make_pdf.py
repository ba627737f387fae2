#!/usr/bin/env python3
"""Renders a seed report as an official-document-style A4 PDF with Chromium (headless), for PdfTextTest.

Usage (from the repository root):  python3 src/test/resources/ingest/pdf/make_pdf.py 002_d9e95e2a48e67257
Needs chromium and a CJK font (Debian: apt-get install chromium fonts-noto-cjk). Writes <seed>.pdf next to this script.
With --tiny OUT.pdf it renders a three-line report instead (the fuzz test's seed input).
Layout as GB/T 9704 asks for: title centred, body indented two characters, headings numbered 一、/（一）, page numbers
"— 1 —" in the footer; a running header on every page, which the reader must drop like the page numbers.
"""
import html
import pathlib
import re
import subprocess
import sys
import tempfile

HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[、.．](?!\d))")
RUNNING_HEADER = "法治政府建设年度情况"

CSS = """
@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
  @top-center { content: "%s"; font: 10.5pt "Noto Serif CJK SC"; color: #555; }
  @bottom-center { content: "— " counter(page) " —"; font: 14pt "Noto Serif CJK SC"; }
}
body { font: 16pt/28pt "Noto Serif CJK SC"; margin: 0; }
p { margin: 0; text-indent: 2em; text-align: justify; }
h1 { font: bold 22pt/33pt "Noto Serif CJK SC"; text-align: center; margin: 0 0 28pt 0; }
h2 { font: 16pt/28pt "Noto Sans CJK SC"; text-indent: 2em; margin: 0; }
h3 { font: 16pt/28pt "Noto Serif CJK SC"; text-indent: 2em; margin: 0; }
""" % RUNNING_HEADER


TINY_CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"; } }
body, h1, h2, h3 { font: 16pt/28pt "Noto Serif CJK SC"; margin: 0; }
p, h2, h3 { text-indent: 2em; }
h1 { text-align: center; }
"""


def document(lines, css=CSS):
    body = [line.strip() for line in lines if line.strip()]
    first_paragraph = next(i for i, line in enumerate(body) if len(line) > 40 or HEADING.match(line))
    parts = ["<h1>" + "<br>".join(html.escape(t) for t in body[:first_paragraph]) + "</h1>"]
    for line in body[first_paragraph:]:
        text = html.escape(line)
        if len(line) <= 40 and HEADING.match(line):
            tag = "h2" if re.match(r"^[一二三四五六七八九十]{1,3}、", line) else "h3"
            parts.append(f"<{tag}>{text}</{tag}>")
        else:
            parts.append(f"<p>{text}</p>")
    return ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>" + css
            + "</style></head><body>" + "\n".join(parts) + "</body></html>")


TINY = ["某区2024年法治政府建设情况报告", "一、主要举措和成效",
        "全年办理行政复议案件12件，行政机关负责人出庭应诉率100%，较上年提高3.5个百分点，"
        "各项工作稳步推进，法治政府建设取得明显成效。"]


def main():
    here = pathlib.Path(__file__).resolve().parent
    if sys.argv[1] == "--tiny":
        lines, out, css = TINY, pathlib.Path(sys.argv[2]).resolve(), TINY_CSS
    else:
        seed = sys.argv[1]
        root = here.parents[4]
        lines = (root / "seeds" / (seed + ".txt")).read_text(encoding="utf-8").splitlines()
        out, css = here / (seed + ".pdf"), CSS
    render(document(lines, css), out)


def render(page_html, out):
    with tempfile.TemporaryDirectory() as tmp:
        page = pathlib.Path(tmp) / "report.html"
        page.write_text(page_html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--user-data-dir=" + tmp + "/profile", "--print-to-pdf=" + str(out), page.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(out, out.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
