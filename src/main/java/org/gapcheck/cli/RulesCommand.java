package org.gapcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.engine.DrlGenerator;
import org.gapcheck.engine.SymbolTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "rules", description = "输出由指标目录生成的 Drools 规则（DRL）。",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n")
final class RulesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Catalogue catalogue = Catalogues.load(common.catalogue);
            PrintWriter out = spec.commandLine().getOut();
            out.print(new DrlGenerator(catalogue, new SymbolTable(catalogue)).generate());
            out.flush();
            return Main.OK;
        } catch (CatalogueException e) {
            Failure.report(spec.commandLine().getErr(), e.getMessage(), e, common.debug);
            return Main.BAD_INPUT;
        }
    }
}
