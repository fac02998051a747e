import AulaCore

extension Remedy {
    /// The remedy as the command line words it: the command or option to use.
    func commandLine(_ lang: Lang) -> String {
        switch self {
        case .listAgenda: return lang.t("Lihat: aula agenda list DIR", "See: aula agenda list DIR")
        case .nameAnAgendaChange: return lang.t("Sebutkan --title, --speaker, --minutes atau --at.",
                                                "Give --title, --speaker, --minutes or --at.")
        case .forceRemoval: return lang.t("Bila memang harus dihapus: tambahkan --force.", "To remove it anyway: add --force.")
        case .payHonorariumPerItem: return lang.t("Pakai --item N.", "Use --item N.")
        case .payPerPerson: return lang.t("Pakai --jabatan atau --seat.", "Use --jabatan or --seat.")
        case .undo: return lang.t("(batal: aula undo)", "(undo: aula undo)")
        case .nameTheStandIn: return lang.t("Pakai --by NAMA.", "Use --by NAME.")
        }
    }
}
