#include "SavedViewsDialog.h"

#include "core/views/SavedViewStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace callboard {

SavedViewsDialog::SavedViewsDialog(SavedViewStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_list(new QListWidget(this)), m_problems(new QLabel(this))
{
    setWindowTitle(tr("Saved views"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each view keeps the filters, the chart selection and the sort order. "
                                "Start with one: callboard --view NAME."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setAccessibleName(tr("Saved views"));
    layout->addWidget(m_list, 1);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText); // names and values come from a file
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_show = buttons->addButton(tr("&Show"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    // Enter shows the selected view; deleting always takes a deliberate click.
    m_show->setDefault(true);
    m_delete->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            emit showRequested(selectedName());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { emit showRequested(selectedName()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (!selectedName().isEmpty() && m_store->remove(selectedName()))
            m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_show->setEnabled(row >= 0);
        m_delete->setEnabled(row >= 0);
    });
    connect(store, &SavedViewStore::changed, this, &SavedViewsDialog::refill);
    refill();
    resize(480, 360);
}

void SavedViewsDialog::refill()
{
    const QString selected = selectedName();
    m_list->clear();
    for (const SavedView &v : m_store->views()) {
        m_list->addItem(v.name);
        if (SavedView::sameName(v.name, selected))
            m_list->setCurrentRow(m_list->count() - 1);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_show->setEnabled(m_list->currentRow() >= 0);
    m_delete->setEnabled(m_list->currentRow() >= 0);
    const QStringList problems = m_store->warnings();
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("Not offered, as the settings hold them:\n%1").arg(problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
}

QString SavedViewsDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

} // namespace callboard
