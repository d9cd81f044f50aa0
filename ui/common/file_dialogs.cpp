#include "file_dialogs.h"

#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace docket {

namespace {
std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}
} // namespace

void FileDialogs::setNextAnswer(const QString &path)
{
    nextAnswer() = path;
}

bool FileDialogs::takeAnswer(QString *path)
{
    if (!nextAnswer())
        return false;
    *path = *nextAnswer();
    nextAnswer().reset();
    return true;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString path;
    if (takeAnswer(&path))
        return path;
    return QFileDialog::getOpenFileName(
        parent, caption, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                  const QString &suggestedName)
{
    QString path;
    if (takeAnswer(&path))
        return path;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, directory + QLatin1Char('/') + suggestedName,
                                        filter);
}

} // namespace docket
