#pragma once

#include "domain/ticket_diff.h"

#include <QDialog>
#include <QHash>

class QTreeWidget;

namespace docket {

// A ticket next to the draft it was generated from: one row per field the PM changed.
class DraftDiffDialog : public QDialog {
    Q_OBJECT
public:
    // `titles` names the tickets that dependencies and parents point at.
    DraftDiffDialog(const QString &ticketTitle, const QList<FieldDifference> &differences,
                    const QHash<QString, QString> &titles, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    static QString fieldDisplayName(const QString &field);

private:
    QTreeWidget *m_table;
};

} // namespace docket
