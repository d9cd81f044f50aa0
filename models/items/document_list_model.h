#pragma once

#include "domain/document.h"

#include <QAbstractListModel>

namespace docket {

// The documents of a workspace, newest import last.
class DocumentListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { DocumentIdRole = Qt::UserRole + 1, SourcePathRole };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setDocuments(QList<Document> documents);
    const Document *documentAt(int row) const;
    int rowOfDocument(const QString &documentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Document> m_documents;
};

} // namespace docket
