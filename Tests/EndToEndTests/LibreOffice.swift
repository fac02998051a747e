import AulaCore
import Foundation
import Testing

/// LibreOffice headless with a profile of the test's own, set to recalculate every formula when it opens a workbook
/// (so a wrong formula shows, whatever value was stored with it).
struct LibreOffice {
    let work: WorkFolder

    /// Runs LibreOffice headless with its own profile, which recalculates every formula on load.
    func run(_ arguments: [String]) throws {
        let profile = work.url.appendingPathComponent("lo-profile")
        let user = profile.appendingPathComponent("user")
        if !FileManager.default.fileExists(atPath: user.path) {
            try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
            let always = """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
                <value>0</value></prop></item>
                </oor:items>
                """
            try Data(always.utf8).write(to: user.appendingPathComponent("registrymodifications.xcu"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        process.arguments = ["-env:UserInstallation=" + profile.absoluteString, "--headless", "--norestore"] + arguments
        process.currentDirectoryURL = work.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "soffice \(arguments)")
    }

    /// The cells of a workbook as LibreOffice reads them (first sheet, as shown, UTF-8).
    func cells(_ workbook: String) throws -> [[String]] {
        let out = work.path("csv")
        try run(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out, workbook])
        let name = URL(fileURLWithPath: workbook).deletingPathExtension().lastPathComponent + ".csv"
        let text = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
        return try CSVReader.records(text, delimiter: ",", file: name).map { record in
            var fields = record.fields
            while fields.last == "" { fields.removeLast() }
            return fields
        }
    }

}
