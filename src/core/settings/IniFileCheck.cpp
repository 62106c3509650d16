#include "IniFileCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace callboard::IniFileCheck {

namespace {
bool isLineOfIni(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return t.isEmpty() || t.startsWith(';') || t.startsWith('#') ||
           (t.startsWith('[') && t.endsWith(']')) || t.contains('=');
}
} // namespace

QString problem(const QByteArray &fileContent)
{
    // Notepad and PowerShell begin UTF-8 with a byte order mark; QSettings skips it too.
    const QByteArray content = fileContent.startsWith("\xEF\xBB\xBF") ? fileContent.mid(3) : fileContent;
    const qsizetype nul = content.indexOf('\0');
    if (nul >= 0)
        return QCoreApplication::translate("IniFileCheck", "it holds binary data (a zero byte at byte %1), not INI text").arg(nul + 1);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(content); // the decoder learns of bad bytes by decoding
    if (utf8.hasError() || decoded.contains(QChar::ReplacementCharacter))
        return QCoreApplication::translate("IniFileCheck", "it is not UTF-8 text");
    const QList<QByteArray> lines = content.split('\n');
    bool continued = false; // a value may go on after a line ending in a backslash
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (!continued && !isLineOfIni(line))
            return QCoreApplication::translate("IniFileCheck", "line %1 is neither a [group], a key=value nor a comment").arg(i + 1);
        continued = line.endsWith('\\');
    }
    return {};
}

QString fileProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    return problem(file.readAll());
}

} // namespace callboard::IniFileCheck
