import CaseAudit
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a password at the terminal without showing it, asked twice so a typing slip is caught.
public enum TerminalPassword {
  /// The password typed at the terminal (standard input); an error when standard input is not
  /// a terminal, when the two entries differ, or when it is empty.
  public static func read(for name: String) throws -> String {
    guard isatty(STDIN_FILENO) == 1 else {
      throw Diagnostic.error(
        "standard input is not a terminal to type the password at; give --password-file FILE")
    }
    let first = try line(prompt: "Password for '\(name)': ")
    let second = try line(prompt: "The same password again: ")
    guard first == second else { throw Diagnostic.error("the two passwords differ") }
    guard !first.isEmpty else { throw Diagnostic.error("the password is empty") }
    return first
  }

  /// One line typed with the terminal's echo off, restored afterwards.
  private static func line(prompt: String) throws -> String {
    FileHandle.standardError.write(Data(prompt.utf8))
    var saved = termios()
    tcgetattr(STDIN_FILENO, &saved)
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
    defer {
      tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
      FileHandle.standardError.write(Data("\n".utf8))
    }
    guard let text = Swift.readLine(strippingNewline: true) else {
      throw Diagnostic.error("no password was typed")
    }
    return text
  }
}
