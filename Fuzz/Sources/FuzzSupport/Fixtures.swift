import AuditChecks
import AuditCore
import Extraction
import Foundation

/// Fixed inputs the targets run fuzzed code against, built once per process.
public enum Fixtures {
    /// The main package's checks/ folder: `FIGAUDIT_CHECKS` when set, else found from this file's path.
    public static let checksFolder: String = {
        if let folder = ProcessInfo.processInfo.environment["FIGAUDIT_CHECKS"] { return folder }
        // Fuzz/Sources/FuzzSupport/Fixtures.swift -> the main package's root.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("checks").path
    }()

    /// The default check suite; a suite that fails to load stops the run, as no input could be judged.
    public static let defaultSuite: CheckSuite = {
        let (suite, diagnostics) = CheckLoader.load([.directory(checksFolder)])
        invariant(diagnostics.isEmpty, "the default suite in \(checksFolder) does not load: \(diagnostics)")
        invariant(!suite.checks.isEmpty, "no checks found in \(checksFolder)")
        return suite
    }()

    /// A short report with totals, parts, rates, masks and a missing number, for checks whose
    /// parameters are fuzzed.
    public static let prose: ExtractedDocument = FigureExtractor.extract(SourceText("""
        全镇共有贫困户1451户5364人,其中甲村312户、乙村95户、丙村140户,共计547户。
        贫困发生率为12.5%,比上年下降3个百分点。投资万元。完成投资22**万元,约6500余亩。
        2019年全县脱贫1000人以上,户均3.7人。
        """))

    /// A small table with a total row and a masked cell, for rule and column-total checks.
    public static let table: ExtractedDocument = TableReader.read(SourceText("""
        村名,户数,人口,贫困户数,贫困人口,贫困发生率
        甲村,312,1150,45,168,14.6
        乙村,95,380,12,41,10.8
        丙村,140,520,20,**,13.7
        合计,547,2050,77,229,11.2

        """), tabs: false)
}
