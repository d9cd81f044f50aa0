#include "ticket_cell_delegate.h"

#include "items/ticket_table_model.h"

#include <QComboBox>

namespace docket {

namespace {

bool isChoiceColumn(int column)
{
    return column == TicketTableModel::TypeColumn || column == TicketTableModel::PriorityColumn;
}

} // namespace

QWidget *TicketCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (!isChoiceColumn(index.column()))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *choices = new QComboBox(parent);
    if (index.column() == TicketTableModel::TypeColumn) {
        choices->setAccessibleName(tr("Type"));
        for (TicketType type :
             {TicketType::Epic, TicketType::Story, TicketType::Task, TicketType::Bug, TicketType::Spike})
            choices->addItem(TicketTableModel::typeDisplayName(type), int(type));
    } else {
        choices->setAccessibleName(tr("Priority"));
        choices->addItem(tr("None"), -1);
        for (Priority priority : {Priority::P0, Priority::P1, Priority::P2, Priority::P3})
            choices->addItem(priorityName(priority), int(priority));
    }
    return choices;
}

void TicketCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *choices = qobject_cast<QComboBox *>(editor); choices && isChoiceColumn(index.column())) {
        choices->setCurrentIndex(qMax(0, choices->findData(index.data(Qt::EditRole).toInt())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TicketCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *choices = qobject_cast<QComboBox *>(editor); choices && isChoiceColumn(index.column())) {
        model->setData(index, choices->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace docket
