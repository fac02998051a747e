import AulaCore
import ArgumentParser
import Foundation

/// `aula set DIR FIELD TEXT`.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Isi data sesi dan isian dokumen (kop, penandatangan, kesimpulan, ...). / Set a session or paper field.",
        discussion: "FIELD: " + Change.SessionField.settable.map(\.argumentName).joined(separator: ", ")
            + ".\nTEXT boleh beberapa baris; '-' membaca dari stdin. Isian kosong tercetak sebagai titik-titik.\n"
            + "TEXT may span lines; '-' reads stdin. Empty fields print as dotted lines.\n"
            + "logo BERKAS: gambar PNG/JPEG kop, disalin ke sesi. kertas: a4 atau f4 (PDF). / logo FILE: the kop's PNG or JPEG; kertas: a4 or f4.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nama isian. / Field name.")
    var field: Change.SessionField
    @Argument(help: "Isi (kosongkan dengan \"\"). / Value (\"\" clears it).")
    var text: String

    func run() throws {
        try Console.run(session.language) { lang in
            var raw = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
            let folder = try session.open(writable: true, lang: lang)
            if field == .logo && !raw.isEmpty {
                // The logo is a picture file: checked and copied into the session, which records where it is.
                raw = try PaperImages.add(URL(fileURLWithPath: raw), into: "images", of: folder.url).storedPath
            }
            let outcome = try FieldOperation.set(field, to: raw, lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}
