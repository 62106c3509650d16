#include "WorkspacesDialog.h"

#include "WorkspaceHub.h"
#include "core/api/DialNexaClient.h"
#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace callboard {

WorkspacesDialog::WorkspacesDialog(WorkspaceHub *hub, QWidget *parent)
    : QDialog(parent), m_hub(hub), m_list(new QListWidget(this)),
      m_rename(new QPushButton(tr("&Rename…"), this)), m_remove(new QPushButton(tr("Re&move…"), this)),
      m_colour(new QPushButton(tr("&Colour…"), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Workspaces"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each workspace has its own API key (kept in the system keychain), "
                                "calls, cache and alert rules. All of them stay up to date; the "
                                "bar above the board switches between them."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setAccessibleName(tr("Workspaces"));
    m_list->setSpacing(3); // two lines a row: the rows apart from each other
    layout->addWidget(m_list, 1);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    row->addWidget(add);
    row->addWidget(m_rename);
    row->addWidget(m_colour);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &WorkspacesDialog::openAddForm);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_hub->count())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename workspace"), tr("New name:"),
                                                   QLineEdit::Normal, m_hub->workspace(row).name, &ok);
        if (ok)
            renameSelected(name);
    });
    connect(m_remove, &QPushButton::clicked, this, &WorkspacesDialog::removeSelected);
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_hub->count())
            return;
        const QColor colour = QColorDialog::getColor(QColor(m_hub->workspace(row).colour), this,
                                                     tr("Colour of %1").arg(m_hub->workspace(row).name));
        if (colour.isValid())
            recolourSelected(colour);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_rename->setEnabled(row >= 0);
        m_colour->setEnabled(row >= 0);
        m_remove->setEnabled(row > 0); // the first workspace stays
    });
    connect(hub, &WorkspaceHub::workspacesChanged, this, &WorkspacesDialog::reload);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &WorkspacesDialog::updateStates);
    tick->start(1000);
    reload();
}

void WorkspacesDialog::connectTo(WorkspaceHub *hub)
{
    QObject::connect(hub, &WorkspaceHub::workspacesRequested, hub, [hub] {
        // A window of its own, over every other: removing a workspace deletes that workspace's
        // window and its Settings dialog, which must not take this dialog with them.
        auto *dialog = new WorkspacesDialog(hub);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::ApplicationModal);
        if (const QWidget *over = QApplication::activeWindow()) // centred where the user is
            dialog->move(over->frameGeometry().center() - dialog->rect().center());
        dialog->show();
    });
}

void WorkspacesDialog::reload()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_hub->count(); ++i) {
        const Workspace &w = m_hub->workspace(i);
        QPixmap swatch(14, 14);
        swatch.fill(QColor(w.colour));
        auto *item = new QListWidgetItem(QIcon(swatch), w.name, m_list);
        item->setToolTip(w.isDefault() ? tr("The first workspace: its key is CALLBOARD_API_KEY or the keychain's")
                                       : tr("Its key: the keychain's, or the variable %1").arg(w.keyVariable()));
    }
    updateStates();
    m_list->setCurrentRow(qBound(-1, row, m_list->count() - 1));
    m_rename->setEnabled(m_list->currentRow() >= 0);
    m_colour->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() > 0);
}

void WorkspacesDialog::updateStates()
{
    // Two lines a row: the name, then where it syncs from and how fresh that is.
    for (int i = 0; i < m_list->count() && i < m_hub->count(); ++i) {
        const QString text = tr("%1\n%2 · %3")
                                 .arg(m_hub->workspace(i).name, m_hub->baseUrl(i).toDisplayString(), m_hub->stateText(i));
        if (m_list->item(i)->text() != text)
            m_list->item(i)->setText(text);
    }
}

void WorkspacesDialog::recolourSelected(const QColor &colour)
{
    m_hub->setColour(m_list->currentRow(), colour.name());
}

void WorkspacesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString WorkspacesDialog::lastError() const { return m_error->isHidden() ? QString() : m_error->text(); }

void WorkspacesDialog::add(const QString &name, const QUrl &baseUrl, const QString &key,
                           std::function<void(bool)> done)
{
    const auto finish = [done](bool ok) {
        if (done)
            done(ok);
    };
    QString why;
    if (!DialNexaClient::isAcceptableBaseUrl(baseUrl, &why)) {
        showError(why);
        finish(false);
        return;
    }
    Workspace candidate; // the variable its name gives: a key there needs none typed here
    candidate.id = QStringLiteral("-");
    candidate.name = name.trimmed();
    if (key.trimmed().isEmpty() && qEnvironmentVariable(candidate.keyVariable().toLocal8Bit().constData()).trimmed().isEmpty()) {
        showError(tr("A workspace needs its API key (or one in %1).").arg(candidate.keyVariable()));
        finish(false);
        return;
    }
    QPointer<WorkspacesDialog> self(this);
    m_hub->addWorkspace(name, baseUrl, key.trimmed(), [self, finish](bool ok, const QString &error) {
        if (self)
            self->showError(ok ? QString() : tr("The workspace was not added: %1").arg(error));
        finish(ok);
    });
}

void WorkspacesDialog::renameSelected(const QString &name)
{
    QString error;
    if (!m_hub->renameWorkspace(m_list->currentRow(), name, &error))
        showError(tr("The workspace was not renamed: %1").arg(error));
    else
        showError(QString());
}

void WorkspacesDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row <= 0 || row >= m_hub->count())
        return;
    const QString name = m_hub->workspace(row).name;
    QMessageBox ask(QMessageBox::Question, tr("Remove workspace"),
                    tr("Remove the workspace “%1”?").arg(name), QMessageBox::NoButton, this);
    ask.setInformativeText(tr("Its API key is deleted from the system keychain, and its cached calls "
                              "and alert rules from this computer. Its calls stay at DialNexa."));
    QPushButton *remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    QPointer<WorkspacesDialog> self(this);
    m_hub->removeWorkspace(row, [self, name](bool ok, const QString &error) {
        if (self)
            self->showError(ok ? QString()
                               : tr("“%1” was removed, but its key could not be deleted from the keychain: %2")
                                     .arg(name, error));
    });
}

QDialog *WorkspacesDialog::openAddForm()
{
    auto *form = new QDialog(this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(tr("Add workspace"));
    auto *layout = new QFormLayout(form);
    auto *name = new QLineEdit(form);
    auto *url = new QLineEdit(DialNexaClient::defaultBaseUrl().toString(), form);
    auto *key = new QLineEdit(form);
    name->setObjectName(QStringLiteral("name"));
    url->setObjectName(QStringLiteral("baseUrl"));
    key->setObjectName(QStringLiteral("key"));
    key->setEchoMode(QLineEdit::Password);
    layout->addRow(tr("&Name:"), name);
    layout->addRow(tr("&Base URL:"), url);
    layout->addRow(tr("API &key:"), key);
    auto *error = new QLabel(form);
    error->setObjectName(QStringLiteral("error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->hide();
    layout->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    layout->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    // The form closes only once the workspace is added: a refused key (a locked keychain, a
    // name taken) keeps what was typed, with the reason under it.
    connect(buttons, &QDialogButtonBox::accepted, form, [this, form, name, url, key, error, ok] {
        ok->setEnabled(false);
        error->hide();
        QPointer<QDialog> alive(form);
        add(name->text(), QUrl(url->text().trimmed()), key->text(), [this, alive, error, ok](bool added) {
            if (!alive)
                return;
            if (added) {
                alive->accept();
                return;
            }
            error->setText(lastError());
            error->show();
            ok->setEnabled(true);
        });
    });
    form->setMinimumWidth(480); // room for a whole base URL
    form->open();
    return form;
}

} // namespace callboard
