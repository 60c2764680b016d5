// 宛名 search by name across every kind of party (residents, 住登外者, 法人): how an area that keeps
// no names (e.g. 軽自動車税 looking for a vehicle's owner) finds the 宛名番号 staff mean by a name,
// without reading the tables of the areas that keep them. 住民記録 provides the PartySearch and is
// the source of residents (server/resident/partynamesearch.cpp); server/non_resident adds itself
// as the source of 住登外者 and 法人 in its start(). Obtain it with
// context.services.get<party::PartySearch>().
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace kikan::party {

// One kind's answer to a name: the 宛名番号 of the current entries whose 氏名・名称 or reading
// starts with the text (spaces ignored; a space may separate 氏 and 名), at most `limit`.
class PartyNameSource
{
public:
    virtual ~PartyNameSource() = default;
    virtual QList<qint64> partyNosByName(const QString &text, int limit) const = 0;
};

class PartySearch
{
public:
    // Called from a module's start(), before any request.
    void addSource(const PartyNameSource *source) { m_sources.push_back(source); }

    // Every source's matches in the order the sources were added (residents first), each number
    // once, at most `limit` in all.
    QList<qint64> byName(const QString &text, int limit) const
    {
        QList<qint64> out;
        for (const PartyNameSource *source : m_sources) {
            if (out.size() >= limit)
                break;
            for (qint64 no : source->partyNosByName(text, limit - int(out.size()))) {
                if (!out.contains(no))
                    out.append(no);
            }
        }
        return out;
    }

private:
    std::vector<const PartyNameSource *> m_sources;
};

} // namespace kikan::party
