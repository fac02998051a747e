/// An office's year, read from its sessions' own logs through the office's index (no second copy of attendance or
/// money): the sessions held, attendance per kecamatan and who never came, the money per kind and per kode rekening,
/// and PPh 21 withheld per month and kode objek pajak (what the SPT Masa asks).
public struct YearReport: Sendable {
    /// One session of the year: as listed, and as its log says it is (nil when its folder cannot be read).
    public struct Held: Sendable {
        public var listed: IndexedSession
        public var session: Session?
        public var invited: Int
        public var present: Int
    }

    /// Money of one kind (or kode rekening, or masa and kode objek pajak) across the year.
    public struct Sum: Equatable, Sendable {
        public var label: String
        public var payees = 0
        public var bruto = 0
        public var tax = 0
    }

    public var year: String
    public var held: [Held]
    /// Per kecamatan: seat-sessions invited and present.
    public var byKecamatan: [(kecamatan: String, invited: Int, present: Int)]
    /// Seats invited at least once and never present (with the holder last named), in roster order.
    public var neverCame: [String]
    public var byKind: [Sum]
    public var byAccount: [Sum]
    /// "Maret 2025 · 21-100-18".
    public var taxByMonth: [Sum]

    /// The report of `year` from `office`'s index; `open` reads one session's log (nil when it cannot).
    public static func make(year: String, office: Session, lang: Lang, open: (IndexedSession) -> Session?) -> YearReport {
        let listed = office.index.filter { $0.date.hasPrefix(year + "-") }.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
        var report = YearReport(year: year, held: [], byKecamatan: [], neverCame: [], byKind: [], byAccount: [], taxByMonth: [])
        var kecamatan: [String: (invited: Int, present: Int)] = [:], kecamatanOrder: [String] = []
        var seats: [String: (name: String, present: Bool)] = [:], seatOrder: [String] = []
        var kinds: [PaymentRate.Kind: Sum] = [:], accounts: [String: Sum] = [:], accountOrder: [String] = []
        var months: [String: Sum] = [:]
        for entry in listed {
            let session = open(entry)
            var held = Held(listed: entry, session: session, invited: 0, present: 0)
            defer { report.held.append(held) }
            guard let session else { continue }
            for seat in session.attendees where seat.invited {
                let came = seat.attendance?.status.isPresent == true
                held.invited += 1
                if came { held.present += 1 }
                let place = seat.kecamatan.isEmpty ? lang.t("(tingkat kabupaten)", "(district level)") : seat.kecamatan
                if kecamatan[place] == nil { kecamatanOrder.append(place) }
                kecamatan[place, default: (0, 0)].invited += 1
                if came { kecamatan[place, default: (0, 0)].present += 1 }
                // A seat across the year, named with its latest holder.
                let key = SearchText.normalize(seat.seatName)
                if seats[key] == nil {
                    seatOrder.append(key)
                    seats[key] = (seat.seatName, false)
                }
                if !seat.name.isEmpty { seats[key]!.name = seat.seatName + " (" + seat.name + ")" }
                if came { seats[key]!.present = true }
            }
            let codes = TaxObjectCodes.table(on: session.date)
            let month = (SessionClock.longDate(session.date, lang: lang) ?? session.date).split(separator: " ").suffix(2).joined(separator: " ")
            for kind in PaymentRate.Kind.allCases {
                let payments = PaymentRules.payments(kind, in: session, lang: lang)
                guard !payments.isEmpty else { continue }
                let bruto = payments.reduce(0) { $0 + $1.bruto }, tax = payments.reduce(0) { $0 + $1.tax }
                kinds[kind, default: Sum(label: kind.title(lang).capitalized)].payees += payments.count
                kinds[kind]!.bruto += bruto
                kinds[kind]!.tax += tax
                let own = PaymentRules.effective(session).last { $0.kind == kind && !$0.accountCode.isEmpty }?.accountCode
                let account = own ?? (session.papers.accountCode.isEmpty ? lang.t("(kode rekening belum diisi)", "(no account code)")
                                                                         : session.papers.accountCode)
                if accounts[account] == nil { accountOrder.append(account) }
                accounts[account, default: Sum(label: account)].payees += payments.count
                accounts[account]!.bruto += bruto
                accounts[account]!.tax += tax
                for payment in payments {
                    guard let payee = payment.taxPayee else { continue }
                    let key = String(session.date.prefix(7)) + " " + codes.code(payee)
                    months[key, default: Sum(label: month + " · " + codes.code(payee))].payees += 1
                    months[key]!.bruto += payment.bruto
                    months[key]!.tax += payment.tax
                }
            }
        }
        report.byKecamatan = kecamatanOrder.map { ($0, kecamatan[$0]!.invited, kecamatan[$0]!.present) }
        report.neverCame = seatOrder.filter { !seats[$0]!.present }.map { seats[$0]!.name }
        report.byKind = PaymentRate.Kind.allCases.compactMap { kinds[$0] }
        report.byAccount = accountOrder.map { accounts[$0]! }
        report.taxByMonth = months.keys.sorted().map { months[$0]! }
        return report
    }
}
