// IniFileCheck: whether a file given with --config is an INI text file before QSettings reads
// it. QSettings reads anything: random bytes gave a board with no settings and exit code 0.
// The check names the first thing wrong (binary data, text that is not UTF-8, or the first
// line that is neither a [group], a key=value, nor a comment), so the display's owner can
// fix the file; nothing is written to it.
#pragma once

#include <QByteArray>
#include <QString>

namespace callboard::IniFileCheck {

// Empty when `content` reads as an INI file, else why not (a translated sentence).
QString problem(const QByteArray &content);
// The same for a file; an unreadable file is a problem too.
QString fileProblem(const QString &path);

} // namespace callboard::IniFileCheck
