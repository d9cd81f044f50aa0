#include "document_list_model.h"

#include <QFileInfo>

namespace docket {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DocumentListModel::setDocuments(QList<Document> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

const Document *DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

int DocumentListModel::rowOfDocument(const QString &documentId) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == documentId)
            return row;
    }
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    const Document *document = index.isValid() ? documentAt(index.row()) : nullptr;
    if (!document || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return document->title;
    case Qt::ToolTipRole:
        return tr("%1\nImported from %2").arg(document->title, QFileInfo(document->sourcePath).fileName());
    case DocumentIdRole:
        return document->id;
    case SourcePathRole:
        return document->sourcePath;
    default:
        return {};
    }
}

} // namespace docket
