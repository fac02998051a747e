/// Setting a session field or a paper's field (kop, signer, kesimpulan, ...), from `aula set` or the app's editor.
public enum FieldOperation {
    /// Checks and cleans `raw` for `field` and returns the change; "" clears the field.
    public static func set(_ field: Change.SessionField, to raw: String, lang: Lang) throws -> Outcome {
        let value = try field.validated(raw)
        return Outcome([.session([field: value])],
                       message: lang.t("Disimpan: ", "Saved: ") + field.argumentName
                           + (value.isEmpty ? lang.t(" (dikosongkan)", " (cleared)") : ""))
    }
}
