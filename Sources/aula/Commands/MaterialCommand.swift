import AulaCore
import ArgumentParser
import Foundation

/// `aula material`: speakers' files.
struct MaterialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "material",
        abstract: "Materi narasumber: tambah, tampilkan. / Speakers' materials: add, list.",
        subcommands: [MaterialAddCommand.self, MaterialListCommand.self])
}

/// `aula material add DIR --item N FILE`.
struct MaterialAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Salin berkas materi ke folder sesi dan kaitkan ke acara N. / Copy a file into the session for item N.")

    @OptionGroup var session: SessionOptions
    @Option(help: "Nomor acara. / Agenda item number.")
    var item: Int
    @Argument(help: "Berkas materi. / The file.")
    var file: String
    @Option(help: "Judul materi (bawaan: nama berkas). / Title (default: file name).")
    var title: String?

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let agendaItem = try AgendaOperations.item(item, in: folder.session)
            let material = try MaterialCopy.add(URL(fileURLWithPath: file), item: agendaItem.id, title: title ?? "", to: folder)
            try folder.record(MaterialOperation.add(material, in: folder.session, lang: lang), lang: lang)
        }
    }
}

/// `aula material list DIR`.
struct MaterialListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Tampilkan materi dan periksa salinannya. / List materials and check their copies.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: false, lang: lang)
            let s = folder.session
            var table = TextTable(
                headers: [lang.t("Acara", "Item"), lang.t("Judul", "Title"), lang.t("Berkas", "File"),
                          lang.t("Ukuran", "Size"), lang.t("Salinan", "Copy")],
                maxWidths: [5, 40, 30, 12, 16])
            for m in s.materials {
                let number = s.agenda.first { $0.id == m.item }?.number
                table.rows.append([number.map(String.init) ?? "?", m.title, m.fileName, "\(m.size) B",
                                   MaterialCopy.isIntact(m, in: folder.url) ? "ok" : lang.t("RUSAK/HILANG", "CHANGED/MISSING")])
            }
            print(table.render())
        }
    }
}
