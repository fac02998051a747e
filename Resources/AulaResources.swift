import Foundation

/// Files bundled with Aula: the demo session's roster, agenda and sample material.
public enum AulaResources {
    /// The folder holding the demo session's source files (`roster.csv`, `agenda.csv`, materials).
    public static var demoFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("demo", isDirectory: true)
    }
}
