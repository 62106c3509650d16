// PngFile: writes a picture of the board as a PNG (or a JPEG, for a name ending in .jpg or
// .jpeg), or says why it could not, in the system's words ("cannot write /x/board.png:
// Permission denied"), not only which file failed.
#pragma once

#include <QString>

class QPixmap;

namespace callboard::PngFile {

bool save(const QPixmap &picture, const QString &path, QString *error);
// "PNG" for .png or no suffix, "JPEG" for .jpg/.jpeg; nullptr for any other suffix.
const char *formatFor(const QString &path);

} // namespace callboard::PngFile
