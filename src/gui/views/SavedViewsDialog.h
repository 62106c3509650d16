// SavedViewsDialog: View › Saved views › Manage: the saved views by name, to show one or
// delete it, and what could not be read from the settings (left there untouched).
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace callboard {

class SavedViewStore;

class SavedViewsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsDialog)
public:
    explicit SavedViewsDialog(SavedViewStore *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *showButton() const { return m_show; }

signals:
    void showRequested(const QString &name);

private:
    void refill();
    QString selectedName() const;

    SavedViewStore *m_store;
    QListWidget *m_list;
    QLabel *m_problems;
    QPushButton *m_show;
    QPushButton *m_delete;
};

} // namespace callboard
