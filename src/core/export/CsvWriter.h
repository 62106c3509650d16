// CsvWriter: calls as RFC 4180 CSV (UTF-8, CRLF, quoted where needed), one column per field
// of the API, the agent's and campaign's names beside their ids (from the Directory; the id
// itself where it has no name), and one column per analysis field seen in the exported calls.
// Cells that could run as spreadsheet formulas are neutralised (OWASP CSV injection).
#pragma once

#include "core/model/CallLog.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace callboard {

class Directory;

namespace CsvWriter {

QStringList fixedColumns();
// The header plus one line per call, in the given order. directory: names for the ids
// (nullptr: the name columns repeat the ids).
QByteArray toCsv(const std::vector<const CallLog *> &calls, const Directory *directory = nullptr);
// A call with the names of its workspace (several workspaces in one file).
struct Row
{
    const CallLog *call;
    const Directory *directory; // nullptr: ids only
    QString workspace;          // the workspace's name, for the "workspace" column
};
// workspaceColumn: a first column "workspace" with each row's workspace name.
QByteArray toCsv(const std::vector<Row> &rows, bool workspaceColumn);
// Writes bytes through QSaveFile; false with *error ("cannot write X: why").
bool writeBytes(const QString &path, const QByteArray &bytes, QString *error);
// Writes to a file; false with *error (plain text) when it cannot.
bool writeFile(const QString &path, const std::vector<const CallLog *> &calls, QString *error,
               const Directory *directory = nullptr);
// One field, quoted when it holds a comma, a quote, CR or LF. A field that a spreadsheet
// could read as a formula (starting with =, +, -, @, tab or CR) gets a leading single quote
// and is quoted, except a plain phone number ("+4930 1234": "+", digits and spaces).
QString escapeField(const QString &field);
bool isPlainPhoneNumber(const QString &field);

} // namespace CsvWriter
} // namespace callboard
