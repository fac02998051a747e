import AulaCore
import Foundation
import Testing
@testable import AulaTUI

@Suite struct ProjectorTests {
    func session(running: Bool, minutesIn: Double) -> (Session, Date) {
        var fixture = Fixture()
        var state = fixture.state()
        if running { fixture.confirmed(&state, .startNextItem) }
        fixture.send(&state, .checkIn)
        return (state.session, Fixture.now.addingTimeInterval(minutesIn * 60))
    }

    @Test(arguments: [(80, 24), (120, 40), (240, 70)])
    func runningItemAtEverySize(width: Int, height: Int) {
        let (s, now) = session(running: true, minutesIn: 13.5)
        expectSnapshot(ProjectorView.render(s, now: now, size: Size(width: width, height: height), lang: .id),
                       "projector-\(width)x\(height)")
    }

    @Test func beforeTheStartAndOverTime() {
        let (before, at) = session(running: false, minutesIn: 0)
        expectSnapshot(ProjectorView.render(before, now: at, size: Size(width: 120, height: 40), lang: .id), "projector-before")
        let (running, late) = session(running: true, minutesIn: 17)
        let screen = ProjectorView.render(running, now: late, size: Size(width: 100, height: 30), lang: .en)
        #expect(screen.lines.contains { $0.contains("OVER TIME of 15 min") })
        let broken = ProjectorView.render(running, now: late, size: Size(width: 100, height: 30), lang: .id,
                                          notice: "desk-b.jsonl baris 3 rusak")
        #expect(broken.lines[0] == "desk-b.jsonl baris 3 rusak")
        let tiny = ProjectorView.render(running, now: late, size: Size(width: 40, height: 10), lang: .id)
        #expect(tiny.lines[5].contains("Layar terlalu kecil"))
    }

    @Test func bigLetters() {
        #expect(BigText.rows("10:5") == [
            "  █    ███        █████",
            " ██   █   █   █   █    ",
            "  █   █   █       ████ ",
            "  █   █   █   █       █",
            " ███   ███        ████ ",
        ])
        #expect(BigText.width("KIM") == 17)
        #expect(!BigText.canDraw("Materi (1)"))
    }
}
