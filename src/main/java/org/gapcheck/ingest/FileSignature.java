package org.gapcheck.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The magic bytes of binary formats that end up behind a wrong extension (a PDF saved as 报告.txt, say). */
enum FileSignature {
    PDF("PDF 文件", "请把扩展名改为 .pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    ZIP("zip 压缩包（.docx 也是这种格式）", "若是 Word 文档，请把扩展名改为 .docx", new byte[] {'P', 'K', 3, 4}),
    OLE2("旧版 Office 文件（.doc / .xls / .wps）", "请在 Word 或 WPS 中另存为 .docx",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}),
    PNG("PNG 图片", "图片中的文字无法读取", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("JPEG 图片", "图片中的文字无法读取", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    RAR("RAR 压缩包", "请先解压", "Rar!".getBytes(StandardCharsets.US_ASCII)),
    SEVEN_ZIP("7z 压缩包", "请先解压", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C});

    final String description;
    final String advice;
    private final byte[] magic;

    FileSignature(String description, String advice, byte[] magic) {
        this.description = description;
        this.advice = advice;
        this.magic = magic;
    }

    static Optional<FileSignature> of(byte[] bytes) {
        return Arrays.stream(values())
                .filter(s -> bytes.length >= s.magic.length
                        && Arrays.equals(bytes, 0, s.magic.length, s.magic, 0, s.magic.length))
                .findFirst();
    }
}
