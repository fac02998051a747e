/// Makes the PDF of papers. The app gives one (the PaperPDF module, which draws with Cairo); AulaCore draws nothing.
public protocol PDFMaker: Sendable {
    /// The PDF of `papers`; an image that cannot be placed is left out and said in `problems`, the paper still made.
    func pdf(_ papers: [Paper], title: String) throws -> [UInt8]
    /// What was left out of the PDFs made so far, in the app's language.
    var problems: [String] { get }
}
