#include "AlertLogDialog.h"

#include "core/alerts/AlertEngine.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace callboard {

AlertLogDialog::AlertLogDialog(AlertEngine *engine, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_table(new QTreeWidget(this)),
      m_empty(new QLabel(tr("No alerts yet"), m_table->viewport()))
{
    // An empty log says so inside the table rather than showing bare headers.
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // the palette's muted text
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);
    setWindowTitle(tr("Alert log"));
    m_table->setHeaderLabels({tr("Time"), tr("Event"), tr("Rule"), tr("What")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAccessibleName(tr("Alert log"));
    m_table->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *clear = buttons->addButton(tr("Clear log"), QDialogButtonBox::ResetRole);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_engine->clearLog();
        reload();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    connect(engine, &AlertEngine::alertRaised, this, &AlertLogDialog::reload);
    connect(engine, &AlertEngine::alertCleared, this, &AlertLogDialog::reload);
    reload();
    resize(820, 420);
}

void AlertLogDialog::reload()
{
    m_table->clear();
    const auto &entries = m_engine->log().entries();
    QList<QTreeWidgetItem *> items;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        // QTreeWidgetItem text is plain: rule names and messages show literally.
        auto *item = new QTreeWidgetItem;
        item->setText(0, QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, it->event == AlertLogEntry::Event::Raised ? tr("Raised") : tr("Cleared"));
        item->setText(2, it->ruleName);
        item->setText(3, it->message);
        items << item;
    }
    m_table->addTopLevelItems(items);
    m_empty->setVisible(items.isEmpty());
    for (int c = 0; c < 3; ++c)
        m_table->resizeColumnToContents(c);
    // A rule's description is long; the figures in the last column matter more.
    m_table->setColumnWidth(2, qMin(m_table->columnWidth(2), 240));
}

QString AlertLogDialog::emptyText() const { return m_empty->isHidden() ? QString() : m_empty->text(); }

int AlertLogDialog::rows() const { return m_table->topLevelItemCount(); }

QString AlertLogDialog::rowText(int row) const
{
    const QTreeWidgetItem *item = m_table->topLevelItem(row);
    if (!item)
        return {};
    return QStringList{item->text(0), item->text(1), item->text(2), item->text(3)}.join(QStringLiteral("  "));
}

} // namespace callboard
