#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&")).remove(QStringLiteral("…"));
}

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(parent, action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(parent, {withoutMnemonic(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_sheet(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_sheet->setObjectName(QStringLiteral("shortcutSheet"));
    m_sheet->setAccessibleName(tr("Keyboard shortcuts"));
    m_sheet->setHeaderLabels({tr("Command"), tr("Keys")});
    for (QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_sheet, {withoutMnemonic(top->text())});
        addMenu(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }
    auto *panes = new QTreeWidgetItem(m_sheet, {tr("In the panes")});
    const QList<std::pair<QString, QString>> paneKeys{
        {tr("Move between fields and panes"), tr("Tab, Shift+Tab")},
        {tr("Move through tickets or blocks"), tr("Up, Down, Page Up, Page Down, Home, End")},
        {tr("Extend the ticket selection"), tr("Shift+Up, Shift+Down")},
        {tr("Delete the selected tickets (ticket list)"),
         QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)},
        {tr("Add a criterion (criteria list)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText)},
        {tr("Remove a criterion (criteria list)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete).toString(QKeySequence::NativeText)},
        {tr("Move a criterion up or down"), tr("Ctrl+Up, Ctrl+Down")},
        {tr("Edit a criterion in place"), tr("F2")},
        {tr("Tick a dependency (dependency chooser)"), tr("Space")},
        {tr("Cancel an import or generation"), tr("Esc")},
    };
    for (const auto &[command, keys] : paneKeys)
        new QTreeWidgetItem(panes, {command, keys});
    m_sheet->expandAll();
    m_sheet->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sheet->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sheet, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

QStringList ShortcutsDialog::entries() const
{
    QStringList entries;
    for (int group = 0; group < m_sheet->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *menu = m_sheet->topLevelItem(group);
        for (int row = 0; row < menu->childCount(); ++row)
            entries.append(QStringLiteral("%1 › %2: %3")
                               .arg(menu->text(0), menu->child(row)->text(0), menu->child(row)->text(1)));
    }
    return entries;
}

} // namespace docket
