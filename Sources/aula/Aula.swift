import ArgumentParser

/// `aula`: runs a sosialisasi session from the terminal.
@main
struct Aula: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aula",
        abstract: "Daftar hadir, acara, materi dan notulen sosialisasi — tanpa internet.",
        discussion: """
            Sesi disimpan dalam folder NAMA.aula (satu berkas log per meja). Tanpa perintah, aula membuka \
            satu-satunya folder *.aula di direktori ini, atau sesi demo.
            Sessions live in a NAME.aula folder (one log file per desk). Without a command, aula opens the only \
            *.aula folder in this directory, or the demo session.
            """,
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, NewCommand.self, RosterCommand.self, FindCommand.self, CheckinCommand.self,
            UndoCommand.self, AgendaCommand.self, MaterialCommand.self, NoteCommand.self, QuestionCommand.self,
            StatusCommand.self, ExportCommand.self, DemoCommand.self, TUICommand.self, SetCommand.self, SummaryCommand.self, PrintCommand.self, SyncCommand.self, RepairCommand.self, HistoryCommand.self, ProjectCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
