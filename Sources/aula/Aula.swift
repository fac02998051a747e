import ArgumentParser

/// `aula`: runs a sosialisasi session from the terminal.
@main
struct Aula: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aula",
        abstract: "Daftar hadir, acara, materi dan notulen sosialisasi, tanpa internet.",
        discussion: """
            Sesi disimpan dalam folder NAMA.aula (satu berkas log per meja). Tanpa perintah, aula membuka \
            satu-satunya folder *.aula di direktori ini, atau sesi demo.
            Sessions live in a NAME.aula folder (one log file per desk). Without a command, aula opens the only \
            *.aula folder in this directory, or the demo session.
            """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, NoteAlias.self, QuestionAlias.self],
        groupedSubcommands: [
            CommandGroup(name: "Sesi / Session", subcommands: [
                NewCommand.self, DemoCommand.self, SetCommand.self, StatusCommand.self, TUICommand.self, ProjectCommand.self,
            ]),
            CommandGroup(name: "Di pintu / At the door", subcommands: [
                CheckinCommand.self, FindCommand.self, HistoryCommand.self, UndoCommand.self, RosterCommand.self,
            ]),
            CommandGroup(name: "Acara / Agenda", subcommands: [AgendaCommand.self, MaterialCommand.self]),
            CommandGroup(name: "Dokumen / Papers", subcommands: [
                PapersCommand.self, PrintCommand.self, PhotoCommand.self, PayCommand.self, PersonCommand.self, SessionJSONCommand.self,
            ]),
            CommandGroup(name: "Kantor / Office", subcommands: [OfficeCommand.self, PeopleCommand.self, YearCommand.self]),
            CommandGroup(name: "Salinan / Copies", subcommands: [SyncCommand.self, RepairCommand.self]),
        ],
        defaultSubcommand: OpenCommand.self
    )
}

/// `aula note`, as scripts wrote it before notes moved under `aula agenda`.
struct NoteAlias: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: NoteCommand.configuration.abstract,
                                                    shouldDisplay: false)

    @OptionGroup var command: NoteCommand

    func run() throws { try command.run() }
}

/// `aula question`, as scripts wrote it before questions moved under `aula agenda`.
struct QuestionAlias: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "question", abstract: QuestionCommand.configuration.abstract,
                                                    shouldDisplay: false)

    @OptionGroup var command: QuestionCommand

    func run() throws { try command.run() }
}
