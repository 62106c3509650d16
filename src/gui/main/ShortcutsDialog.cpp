#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace callboard {

namespace {
void collect(const QList<QAction *> &actions, std::vector<std::pair<QString, QString>> *out)
{
    for (const QAction *action : actions) {
        if (action->menu()) {
            collect(action->menu()->actions(), out);
            continue;
        }
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QStringLiteral("…"));
        out->emplace_back(text.trimmed(), action->shortcut().toString(QKeySequence::NativeText));
    }
}
} // namespace

std::vector<std::pair<QString, QString>> ShortcutsDialog::rows(const QMenuBar *menus)
{
    std::vector<std::pair<QString, QString>> out;
    collect(menus->actions(), &out);
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto list = rows(menus);
    auto *table = new QTableWidget(int(list.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    for (int row = 0; row < int(list.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[size_t(row)].first));
        table->setItem(row, 1, new QTableWidgetItem(list[size_t(row)].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(480, 520);
}

} // namespace callboard
