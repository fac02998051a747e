import Foundation

/// Sends papers to CUPS with `lp`: the PDF on its sheet, or the text form (for dot-matrix printers) with margins and a
/// type size that fit 80 columns by 60 lines on A4.
public enum Printing {
    /// What became of a print job.
    public enum Result: Equatable, Sendable {
        /// The job id lp reported ("PDF-3").
        case queued(String)
        /// Why it could not be printed (no lp, no scheduler, lp's own message).
        case unavailable(String)
    }

    /// `lp` options for text: A4, half-inch margins (a cups-pdf queue prints edge to edge otherwise), 12 cpi and 6 lpi.
    public static let textOptions = ["-o", "media=A4", "-o", "page-left=36", "-o", "page-right=36", "-o", "page-top=36",
                          "-o", "page-bottom=36", "-o", "cpi=12", "-o", "lpi=6"]

    /// Writes papers' text form to the session's `exports/` (always, so it can be printed by hand) and sends it to CUPS.
    public static func print(_ papers: [Paper], named name: String, title: String, lang: Lang, session folder: URL,
                      printer: String?, copies: Int) throws -> (file: URL, pages: Int, result: Result) {
        let text = try TextPaper.bytes(papers, lang: lang)
        let file = try ExportsFolder.write(text, named: name + ".txt", in: folder)
        let pages = text.count { $0 == 0x0C } + 1
        return (file, pages, send(file, title: title, printer: printer, copies: copies, options: textOptions))
    }

    /// Writes a paper's PDF to the session's `exports/` (always, so it can be printed or sent by hand) and sends it to
    /// CUPS on its sheet.
    public static func print(pdf: [UInt8], named name: String, title: String, size: PaperSize, session folder: URL,
                             printer: String?, copies: Int) throws -> (file: URL, result: Result) {
        let file = try ExportsFolder.write(pdf, named: name + ".pdf", in: folder)
        return (file, send(file, title: title, printer: printer, copies: copies, options: ["-o", "media=" + size.cupsMedia]))
    }

    /// Sends a file to CUPS with `lp`; says why when it cannot.
    public static func send(_ file: URL, title: String, printer: String?, copies: Int, options: [String]) -> Result {
        guard let lp = ExternalProgram.find("lp") else { return .unavailable("lp tidak ada / lp not found") }
        let run: ExternalProgram.Run
        do {
            run = try ExternalProgram.run(lp, (printer.map { ["-d", $0] } ?? []) + ["-n", String(copies), "-t", title] + options + [file.path])
        } catch {
            return .unavailable(error.localizedDescription)
        }
        let output = run.output
        guard run.status == 0 else {
            return .unavailable(run.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // "request id is PDF-3 (1 file(s))"
        let job = output.components(separatedBy: "request id is ").dropFirst().first?.split(separator: " ").first.map(String.init)
        return .queued(job ?? output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
