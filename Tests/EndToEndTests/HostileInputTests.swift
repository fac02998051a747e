import Foundation
import Testing

/// Workbooks made to expand, read by the real binary under a limit on its memory (`prlimit --as`): refused with a
/// message naming the file, never a crash.
@Suite struct HostileInputTests {
    /// A LibreOffice spreadsheet whose one cell of 945 bytes would expand to 7.6 million spaces, repeated over 200
    /// columns and 1,000 rows (made with Python's zipfile, as any .ods is a zip).
    func spaceBomb(_ work: WorkFolder) throws -> String {
        let path = work.path("bom.ods")
        let script = """
            import zipfile, sys
            cell = '<text:s text:c="1000"/>' * 7600
            content = ('<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x">'
                '<office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell>'
                '<text:p>Nama</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1000">'
                '<table:table-cell table:number-columns-repeated="200"><text:p>a' + cell + '</text:p></table:table-cell>'
                '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
            with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')
                z.writestr('content.xml', content)
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = ["-c", script, path]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        return path
    }

    @Test func anOdsThatExpandsIsRefusedWithinAGigabyte() throws {
        let work = WorkFolder()
        var aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let bomb = try spaceBomb(work)
        aula.launcher = ["/usr/bin/prlimit", "--as=1073741824"]
        let refused = try aula.run("roster", "import", "kim", bomb)
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("bom.ods") && refused.stderr.contains("a cell holds more than 32767 characters"),
                "\(refused.stderr)")
        aula.launcher = []
        #expect(try aula.ok("status", "kim").contains("Diundang: 40"))
    }
}
