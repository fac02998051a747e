/// The id a session folder is shared under in Syncthing: the same on every laptop, never an option to
/// `syncthing cli`.
public enum SyncthingFolderID {
    /// `aula-` and the start of the session's own id, which every laptop's copy names in its first line.
    public static func of(_ session: Session) throws(AulaError) -> String {
        guard !session.id.isEmpty else {
            throw AulaError(id: "Sesi ini belum punya id; beri --folder NAMA.", en: "This session has no id yet; give --folder NAME.")
        }
        return "aula-" + String(session.id.prefix(8))
    }

    /// `typed` when it can be a folder id: ASCII letters, digits, - and _, starting with a letter or digit (so
    /// `syncthing cli` never reads it as an option, as `-` or `--home`), at most 64 characters.
    public static func checked(_ typed: String) throws(AulaError) -> String {
        func plain(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        guard (1...64).contains(typed.count), typed.first.map(plain) == true,
              typed.allSatisfy({ plain($0) || $0 == "-" || $0 == "_" }) else {
            throw AulaError(id: "--folder: huruf A-Z, angka, - dan _ saja, diawali huruf atau angka (paling panjang 64).",
                            en: "--folder: letters A-Z, digits, - and _ only, starting with a letter or digit (at most 64).")
        }
        return typed
    }
}
