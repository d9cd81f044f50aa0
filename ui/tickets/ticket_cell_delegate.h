#pragma once

#include <QStyledItemDelegate>

namespace docket {

// In-place editing in the ticket list: a choice list for type and priority, plain text for the
// title and the comma-separated labels. F2 or a double-click starts it; Enter keeps, Esc drops.
class TicketCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace docket
