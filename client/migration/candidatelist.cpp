// The candidate grid of the 文字同定 screen (candidatelist.h).
#include "candidatelist.h"

#include "client/widgets/namefont.h"

#include <QJsonObject>
#include <QKeyEvent>

namespace kikan::client {

namespace {
constexpr int kGlyphSide = 80;
constexpr int MjCodeRole = Qt::UserRole + 1;
} // namespace

CandidateList::CandidateList(QWidget *parent) : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setWrapping(true);
    setUniformItemSizes(true);
    setIconSize(QSize(kGlyphSide, kGlyphSide));
    setGridSize(QSize(kGlyphSide + 72, kGlyphSide + 66));
    setSpacing(2);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit decideRequested(item->data(MjCodeRole).toString());
    });
}

QString CandidateList::reasonText(const QJsonArray &reasons)
{
    QStringList out;
    for (const QJsonValue &r : reasons) {
        const QString code = r.toString();
        if (code == QLatin1String("juki"))
            out << tr("Juki code");
        else if (code == QLatin1String("koseki"))
            out << tr("Koseki number");
        else if (code == QLatin1String("ucs"))
            out << tr("Unicode");
        else if (code == QLatin1String("variant"))
            out << tr("Variant");
    }
    return out.join(QStringLiteral("・"));
}

void CandidateList::setCharacters(const QJsonArray &characters)
{
    clear();
    const qreal dpr = devicePixelRatioF();
    for (const QJsonValue &v : characters) {
        const QJsonObject c = v.toObject();
        const QString mjCode = c.value(QStringLiteral("mjCode")).toString();
        const QString juki = c.value(QStringLiteral("jukiCode")).toString();
        const QString koseki = c.value(QStringLiteral("kosekiCode")).toString();
        const QString label = tr("%1\nJuki %2\nKoseki %3")
                                  .arg(mjCode, juki.isEmpty() ? QStringLiteral("—") : juki,
                                       koseki.isEmpty() ? QStringLiteral("—") : koseki);
        const QString reasons = reasonText(c.value(QStringLiteral("reasons")).toArray());
        auto *item = new QListWidgetItem(
            QIcon(renderCharacter(c.value(QStringLiteral("text")).toString(), kGlyphSide, dpr)),
            label, this);
        item->setData(MjCodeRole, mjCode);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        item->setToolTip(tr("%1, %2 strokes%3")
                             .arg(mjCode)
                             .arg(c.value(QStringLiteral("strokes")).toInt())
                             .arg(reasons.isEmpty() ? QString()
                                                    : QStringLiteral("（%1）").arg(reasons)));
        if (!reasons.isEmpty() && reasons != tr("Variant")) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (count() > 0)
        setCurrentRow(0);
}

QString CandidateList::currentMjCode() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(MjCodeRole).toString() : QString();
}

void CandidateList::selectMjCode(const QString &mjCode)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(MjCodeRole).toString() == mjCode) {
            setCurrentRow(i);
            return;
        }
    }
}

void CandidateList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        emit decideRequested(currentMjCode());
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace kikan::client
