import AulaCore
import ArgumentParser
import Foundation

/// `aula agenda`: the acara.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Susunan acara: tambah, mulai, selesai, notulen, tanya jawab. / The agenda: add, start, end, notes, questions.",
        subcommands: [AgendaAddCommand.self, AgendaEditCommand.self, AgendaMoveCommand.self, AgendaRemoveCommand.self,
                      AgendaStartCommand.self, AgendaEndCommand.self, AgendaBackCommand.self,
                      AgendaListCommand.self, NoteCommand.self, QuestionCommand.self])
}

/// `aula agenda list DIR`.
struct AgendaListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Tampilkan susunan acara. / Show the agenda.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            var table = TextTable(
                headers: ["No", lang.t("Rencana", "Planned"), lang.t("Menit", "Min"), lang.t("Acara", "Item"),
                          lang.t("Narasumber", "Speaker"), lang.t("Mulai", "Start"), lang.t("Selesai", "End"),
                          lang.t("Materi", "Mat."), lang.t("Catatan", "Notes")],
                maxWidths: [3, 7, 5, 44, 34, 6, 8, 6, 7])
            for item in s.agenda {
                table.rows.append([
                    String(item.number), item.plannedStart, item.minutes > 0 ? String(item.minutes) : "",
                    item.title, item.speaker,
                    s.clock.clockTime(ofISO: item.actualStart) ?? "",
                    item.isRunning ? lang.t("berjalan", "running") : s.clock.clockTime(ofISO: item.actualEnd) ?? "",
                    String(s.materials.filter { $0.item == item.id }.count),
                    String(s.notes.filter { $0.item == item.id }.count),
                ])
            }
            print(table.render())
        }
    }
}
