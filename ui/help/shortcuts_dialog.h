#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace docket {

// Help › Keyboard Shortcuts: every menu command with its keys, read from the menus themselves so
// the sheet cannot drift from what the keys do, plus the keys that work inside the panes.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *sheet() const { return m_sheet; }
    // "Menu › Command" -> keys, as the sheet shows them.
    QStringList entries() const;

private:
    QTreeWidget *m_sheet;
};

} // namespace docket
