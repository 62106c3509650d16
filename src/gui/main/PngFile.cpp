#include "PngFile.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>

namespace callboard::PngFile {

bool save(const QPixmap &picture, const QString &path, QString *error)
{
    auto failed = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("PngFile", "cannot write %1: %2").arg(path, why);
        return false;
    };
    // A save file: an existing picture is replaced only by a whole new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QImageWriter writer(&file, "PNG");
    if (!writer.write(picture.toImage()))
        return failed(writer.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace callboard::PngFile
