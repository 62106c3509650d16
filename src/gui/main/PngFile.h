// PngFile: writes a picture of the board as a PNG, or says why it could not, in the system's
// words ("cannot write /x/board.png: Permission denied"), not only which file failed.
#pragma once

#include <QString>

class QPixmap;

namespace callboard::PngFile {

bool save(const QPixmap &picture, const QString &path, QString *error);

} // namespace callboard::PngFile
