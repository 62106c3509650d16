// MainWindow's exports: the calls on show as CSV and the board as PNG, from the File menu
// and from --once.
#include "MainWindow.h"
#include "PngFile.h"

#include "core/export/CsvWriter.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"
#include "session/BoardSession.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace callboard {

std::vector<const CallLog *> MainWindow::visibleCalls() const
{
    std::vector<const CallLog *> calls;
    calls.reserve(size_t(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        calls.push_back(m_model->callAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return calls;
}

bool MainWindow::exportCsv(const QString &path, QString *error)
{
    return CsvWriter::writeFile(path, visibleCalls(), error, m_session->directory());
}

bool MainWindow::saveBoardPng(const QString &path, QString *error)
{
    return PngFile::save(grab(), path, error);
}

void MainWindow::exportCsvInteractively()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export calls as CSV"),
                                                      dir + QStringLiteral("/callboard-calls.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::savePngInteractively()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save board as PNG"),
                                                      dir + QStringLiteral("/callboard.png"),
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !saveBoardPng(path, &error))
        QMessageBox::warning(this, tr("Saving failed"), error);
}

} // namespace callboard
