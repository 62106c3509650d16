#include "PngFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>

namespace callboard::PngFile {

const char *formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty() || suffix == QLatin1String("png"))
        return "PNG";
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "JPEG";
    return nullptr;
}

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
    const char *format = formatFor(path);
    if (!format)
        return failed(QCoreApplication::translate("PngFile", "pictures are written as .png or .jpg"));
    QImageWriter writer(&file, format);
    if (!writer.write(picture.toImage()))
        return failed(writer.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace callboard::PngFile
