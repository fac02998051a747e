import AulaCore
import ArgumentParser
import Foundation

/// `aula office set KEY VALUE`, `aula office show`: the office's profile, entered once for every session.
struct OfficeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "office",
        abstract: "Profil kantor: kop, alamat, logo, penandatangan. / The office's profile.",
        discussion: """
            Folder kantor: --office DIR, AULA_OFFICE, atau ~/.local/share/aula/office. Setiap aula new membawa profilnya.
            The office folder: --office DIR, AULA_OFFICE, or ~/.local/share/aula/office. Every aula new carries its profile.
            """,
        subcommands: [OfficeSetCommand.self, OfficeShowCommand.self])
}

/// `aula office set KEY VALUE`.
struct OfficeSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Simpan satu isian profil kantor. / Set one field of the office's profile.",
        discussion: "Contoh: aula office set nama \"Dinas Kominfo Kabupaten Belu\"; aula office set bendahara \"Yosefina Bete\"; "
            + "aula office set nip-bendahara 198203032008012004; aula office set logo belu.png")

    @Argument(help: "nama, kop, alamat, logo, ppk, nip-ppk, bendahara, nip-bendahara, pa, nip-pa, pptk, nip-pptk, kota-ttd, ... ")
    var key: String
    @Argument(help: "Isi (kosongkan dengan \"\"). / Value (\"\" clears it).")
    var value: String
    @OptionGroup var office: OfficeOptions
    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try Console.run(language) { lang in
            let field = try OfficeProfile.field(key)
            let folder = try office.open(writable: true, desk: try desk.resolved(), lang: lang,
                                         name: field == .title ? value : "")
            var raw = value
            if field == .logo && !raw.isEmpty {
                raw = try PaperImages.add(URL(fileURLWithPath: raw), into: "images", of: folder.url).storedPath
            }
            let outcome = try FieldOperation.set(field, to: raw, lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}

/// `aula office show`.
struct OfficeShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Tampilkan profil kantor. / Show the office's profile.")

    @OptionGroup var office: OfficeOptions
    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try Console.run(language) { lang in
            let folder = try office.open(writable: false, desk: try desk.resolved(), lang: lang)
            let session = folder.session
            print(lang.t("Kantor: ", "Office: ") + session.title + "  (" + folder.url.path + ")")
            for field in OfficeProfile.fields {
                let value = session[keyPath: field.keyPath]
                if !value.isEmpty { print("  " + field.argumentName + ": " + value.replacingOccurrences(of: "\n", with: " / ")) }
            }
            print(lang.t("Orang di direktori: \(session.people.count); sesi tercatat: \(session.index.count)",
                         "People in the directory: \(session.people.count); sessions listed: \(session.index.count)"))
        }
    }
}
