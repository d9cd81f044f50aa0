#include "criteria_editor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

CriteriaEditor::CriteriaEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_count(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("criteriaList"));
    m_list->setAccessibleName(tr("Acceptance criteria"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(200);
    m_add->setObjectName(QStringLiteral("addCriterion"));
    m_add->setToolTip(tr("Add a criterion (Ctrl+Shift+A)"));
    m_remove->setObjectName(QStringLiteral("removeCriterion"));
    m_remove->setToolTip(tr("Remove the selected criterion (Ctrl+Shift+Delete)"));
    m_up->setAccessibleName(tr("Move criterion up"));
    m_up->setToolTip(tr("Move the selected criterion up (Ctrl+Up)"));
    m_down->setAccessibleName(tr("Move criterion down"));
    m_down->setToolTip(tr("Move the selected criterion down (Ctrl+Down)"));
    m_count->setObjectName(QStringLiteral("criteriaCount"));
    m_count->setWordWrap(true);

    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { addCriterion(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] { removeCurrent(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });

    connect(m_add, &QPushButton::clicked, this, &CriteriaEditor::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &CriteriaEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CriteriaEditor::updateState);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        if (item->text().trimmed().isEmpty()) { // emptied in place: the PM removed it
            delete m_list->takeItem(m_list->row(item));
            emitEdited(tr("Remove Criterion"));
            return;
        }
        emitEdited(tr("Edit Criterion"));
    });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_updating)
            emitEdited(tr("Reorder Criteria"));
    });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_count);
    updateState();
}

void CriteriaEditor::setCriteria(const QStringList &criteria)
{
    if (criteria == this->criteria())
        return;
    m_updating = true;
    const int current = m_list->currentRow();
    m_list->clear();
    for (const QString &criterion : criteria) {
        auto *item = new QListWidgetItem(criterion, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(qMin(current, m_list->count() - 1));
    m_updating = false;
    updateState();
}

QStringList CriteriaEditor::criteria() const
{
    QStringList criteria;
    for (int row = 0; row < m_list->count(); ++row)
        criteria.append(m_list->item(row)->text().trimmed());
    return criteria;
}

void CriteriaEditor::addCriterion()
{
    if (m_list->count() >= kMaxCriteria)
        return;
    m_updating = true;
    auto *item = new QListWidgetItem(tr("New criterion"), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_updating = false;
    emitEdited(tr("Add Criterion"));
    m_list->setFocus(Qt::OtherFocusReason);
    m_list->editItem(m_list->item(m_list->count() - 1));
}

void CriteriaEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_updating = true;
    delete m_list->takeItem(row);
    m_updating = false;
    emitEdited(tr("Remove Criterion"));
}

void CriteriaEditor::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    m_updating = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    m_updating = false;
    emitEdited(tr("Reorder Criteria"));
}

void CriteriaEditor::emitEdited(const QString &description)
{
    updateState();
    emit criteriaEdited(criteria(), description);
}

void CriteriaEditor::updateState()
{
    const int count = m_list->count();
    const int row = m_list->currentRow();
    m_add->setEnabled(count < kMaxCriteria);
    m_add->setToolTip(count < kMaxCriteria
                          ? tr("Add a criterion (Ctrl+Shift+A)")
                          : tr("A ticket has at most %1 criteria; split it to add more.").arg(kMaxCriteria));
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
    if (count == 0)
        m_count->setText(tr("No criteria yet: a ticket needs at least one before it can be reviewed."));
    else if (count > kMaxCriteria)
        m_count->setText(
            tr("%n criteria: at most %1 are allowed; remove some or split the ticket.", nullptr, count)
                .arg(kMaxCriteria));
    else
        m_count->setText(tr("%n of at most %1 criteria", nullptr, count).arg(kMaxCriteria));
}

} // namespace docket
