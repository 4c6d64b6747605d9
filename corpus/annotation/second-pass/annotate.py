#!/usr/bin/env python3
"""Independent annotation of /work/shared/seed/000_4e41f4d9df3989c8.txt.

Anchors: (line_number, context) where context contains the target marked with
⟪ ⟫ and the unmarked context occurs exactly once in that line.
Line numbers are 1-based physical lines of the file.
"""
import re
import sys

SRC = '/work/shared/seed/000_4e41f4d9df3989c8.txt'
OUT = '/work/indep/annotation.tsv'

text = open(SRC, encoding='utf-8').read()
lines = text.split('\n')
assert len(lines) == 115, len(lines)
line_start = []
pos = 0
for ln in lines:
    line_start.append(pos)
    pos += len(ln) + 1


def anchor(lineno, ctx):
    """Return (begin, end) of the marked target; context must be unique in line."""
    assert ctx.count('⟪') == 1 and ctx.count('⟫') == 1, ctx
    pre, rest = ctx.split('⟪')
    tgt, post = rest.split('⟫')
    plain = pre + tgt + post
    line = lines[lineno - 1]
    n = line.count(plain)
    # count overlapping occurrences too
    occ = [m.start() for m in re.finditer('(?=' + re.escape(plain) + ')', line)]
    assert len(occ) == 1, (lineno, ctx, occ)
    b = line_start[lineno - 1] + occ[0] + len(pre)
    e = b + len(tgt)
    assert text[b:e] == tgt
    assert tgt == tgt.strip() and tgt
    return b, e


# ---------------------------------------------------------------- entities
# id: (type, name, role, affiliation, extra aliases (nicknames))
ENTITIES = {
    # PERSON
    'e-trump': ('PERSON', 'Trump', 'President', 'e-us', []),
    'e-tillerson': ('PERSON', 'Rex Tillerson', 'Secretary of State', 'e-us', []),
    'e-kelly': ('PERSON', 'John F. Kelly', 'secretary of Homeland Security', 'e-dhs', []),
    'e-penanieto': ('PERSON', 'Enrique Peña Nieto', 'President', 'e-mexico', []),
    'e-hoeflich': ('PERSON', 'Clemente Castañeda Hoeflich', 'columnist', 'e-excelsior', []),
    'e-videgaray': ('PERSON', 'Luis Videgaray', 'Foreign Secretary', 'e-mexico', []),
    'e-kushner': ('PERSON', 'Jared Kushner', 'advisor to the president on foreign affairs', '-', []),
    'e-pence': ('PERSON', 'Mike Pence', 'Vice President', 'e-us', []),
    'e-mattis': ('PERSON', 'James N. Mattis', 'Defense Secretary', 'e-us', []),
    'e-guzman': ('PERSON', 'Joaquin “El Chapo” Guzman', 'drug lord', '-', ['El Chapo']),
    'e-cuevas': ('PERSON', 'Gabriela Cuevas', 'Senator', 'e-mexico', []),
    'e-jcastaneda': ('PERSON', 'Jorge Castañeda', 'former Foreign Secretary', 'e-mexico', []),
    'e-cardin': ('PERSON', 'Benjamin L. Cardin', 'Senator', 'e-sfrc', []),
    'e-deare': ('PERSON', 'Craig Deare', 'National Security Council director for Western Hemisphere affairs', 'e-nsc', []),
    'e-bannon': ('PERSON', 'Stephen K. Bannon', 'chief strategist', '-', []),
    'e-amlo': ('PERSON', 'Andres Manuel Lopez Obrador', 'candidate', 'e-mexico', []),
    'e-sanchez': ('PERSON', 'Cecilia Sanchez', '-', 'e-times', []),
    # UNNAMED_SOURCE
    'e-attendee': ('UNNAMED_SOURCE', 'one of the people who attended the meeting', '-', '-', []),
    'e-ambassadors': ('UNNAMED_SOURCE', 'six former U.S. ambassadors to Mexico', 'former ambassadors to Mexico', 'e-us', []),
    # LOCATION
    'e-mexico': ('LOCATION', 'Mexico', '-', '-', []),
    'e-mexicocity': ('LOCATION', 'Mexico City', '-', '-', []),
    'e-germany': ('LOCATION', 'Germany', '-', '-', []),
    'e-us': ('LOCATION', 'United States', '-', '-', []),
    'e-washington': ('LOCATION', 'Washington', '-', '-', []),
    'e-bonn': ('LOCATION', 'Bonn', '-', '-', []),
    'e-europe': ('LOCATION', 'Europe', '-', '-', []),
    'e-russia': ('LOCATION', 'Russia', '-', '-', []),
    'e-japan': ('LOCATION', 'Japan', '-', '-', []),
    'e-southkorea': ('LOCATION', 'South Korea', '-', '-', []),
    'e-neasia': ('LOCATION', 'Northeast Asia', '-', '-', []),
    'e-canada': ('LOCATION', 'Canada', '-', '-', []),
    'e-centralamerica': ('LOCATION', 'Central America', '-', '-', []),
    'e-latinamerica': ('LOCATION', 'Latin America', '-', '-', []),
    'e-china': ('LOCATION', 'China', '-', '-', []),
    'e-maryland': ('LOCATION', 'Maryland', '-', '-', []),
    'e-westhem': ('LOCATION', 'Western Hemisphere', '-', '-', []),
    # ORGANIZATION
    'e-whitehouse': ('ORGANIZATION', 'White House', '-', '-', []),
    'e-dhs': ('ORGANIZATION', 'Homeland Security', '-', '-', []),
    'e-g20': ('ORGANIZATION', 'Group of 20', '-', '-', []),
    'e-nato': ('ORGANIZATION', 'NATO', '-', '-', []),
    'e-statedept': ('ORGANIZATION', 'State Department', '-', '-', []),
    'e-nsc': ('ORGANIZATION', 'National Security Council', '-', '-', []),
    'e-sfrc': ('ORGANIZATION', 'Senate Foreign Relations Committee', '-', '-', []),
    'e-wilson': ('ORGANIZATION', 'Wilson Center', '-', '-', []),
    'e-pri': ('ORGANIZATION', 'Institutional Revolutionary Party', '-', '-', []),
    # NORP
    'e-mexican': ('NORP', 'Mexican', '-', '-', []),
    'e-american': ('NORP', 'American', '-', '-', []),
    'e-centralamerican': ('NORP', 'Central Americans', '-', '-', []),
    'e-democrat': ('NORP', 'Democrat', '-', '-', []),
    'e-republican': ('NORP', 'Republican', '-', '-', []),
    # LAW
    'e-nafta': ('LAW', 'North American Free Trade Agreement', '-', '-', []),
    # MEDIA
    'e-afp': ('MEDIA', 'AFP', '-', '-', []),
    'e-getty': ('MEDIA', 'Getty Images', '-', '-', []),
    'e-twitter': ('MEDIA', 'Twitter', '-', '-', []),
    'e-excelsior': ('MEDIA', 'Excelsior', '-', '-', []),
    'e-lajornada': ('MEDIA', 'La Jornada', '-', '-', []),
    'e-cnn': ('MEDIA', 'CNN', '-', '-', []),
    'e-times': ('MEDIA', 'The Times', '-', '-', []),
    # BRAND
    'e-starbucks': ('BRAND', 'Starbucks', '-', '-', []),
    'e-walmart': ('BRAND', 'Walmart', '-', '-', []),
    'e-cocacola': ('BRAND', 'Cocacola', '-', '-', []),
}

N, NOM, PRO = 'NAME', 'NOMINAL', 'PRONOUN'

# ---------------------------------------------------------------- mentions
# (line, context, entity, kind)
M = []


def add(lineno, *items):
    for ctx, ent, kind in items:
        M.append((lineno, ctx, ent, kind))


add(1,
    ('⟪Trump⟫’s top', 'e-trump', N),
    ('suspicious ⟪Mexico⟫', 'e-mexico', N))

for ln in (3, 4):  # identical captions
    add(ln,
        ('State ⟪Rex Tillerson⟫', 'e-tillerson', N),
        ('leaves ⟪Germany⟫', 'e-germany', N),
        ('⟪He⟫ is flying', 'e-tillerson', PRO),
        ('to ⟪Mexico City⟫', 'e-mexicocity', N))

add(5,
    ('(⟪AFP⟫/', 'e-afp', N),
    ('/⟪Getty Images⟫)', 'e-getty', N))

add(7,
    ('State ⟪Rex Tillerson⟫', 'e-tillerson', N),
    ('in ⟪Mexico City⟫', 'e-mexicocity', N),
    ('the ⟪United States⟫’', 'e-us', N))

add(9,
    ('⟪John F. Kelly⟫,', 'e-kelly', N),
    ('⟪the secretary of Homeland Security⟫', 'e-kelly', NOM),
    ('secretary of ⟪Homeland Security⟫', 'e-dhs', N),
    ('join ⟪him⟫ later', 'e-tillerson', PRO),
    ('President ⟪Trump⟫', 'e-trump', N),
    ('criticized ⟪Mexico⟫', 'e-mexico', N),
    ('during ⟪his⟫ election', 'e-trump', PRO))

add(11,
    ('after ⟪he⟫ took', 'e-trump', PRO),
    ('office, ⟪Trump⟫ argued', 'e-trump', N),
    ('on ⟪Twitter⟫', 'e-twitter', N),
    ('with ⟪Mexican⟫ President', 'e-mexican', N),
    ('President ⟪Enrique Peña Nieto⟫', 'e-penanieto', N),
    ('over ⟪Trump⟫’s demand', 'e-trump', N),
    ('that ⟪Mexico⟫ pay', 'e-mexico', N),
    ('⟪The Mexican leader⟫', 'e-penanieto', NOM),
    ('The ⟪Mexican⟫ leader', 'e-mexican', N),
    ('rebuffed ⟪Trump⟫', 'e-trump', N),
    ('the ⟪White House⟫', 'e-whitehouse', N))

add(14,
    ('⟪Tillerson⟫ and Kelly', 'e-tillerson', N),
    ('Tillerson and ⟪Kelly⟫ will', 'e-kelly', N),
    ('with ⟪Peña Nieto⟫ on', 'e-penanieto', N),
    ('with ⟪Mexico⟫’s secretaries', 'e-mexico', N))

add(16,
    ('In ⟪Mexico⟫, the', 'e-mexico', N),
    ('⟪the new U.S. president⟫', 'e-trump', NOM),
    ('new ⟪U.S.⟫ president', 'e-us', N),
    ('for ⟪Peña Nieto⟫’s', 'e-penanieto', N))

add(18,
    ('columnist ⟪Clemente Castañeda Hoeflich⟫', 'e-hoeflich', N),
    ('the ⟪Excelsior⟫ newspaper', 'e-excelsior', N))

add(20,
    ('Yet ⟪Mexican⟫ officials', 'e-mexican', N),
    ('of ⟪Mexico⟫’s key', 'e-mexico', N))

add(22,
    ('the ⟪Trump⟫ administration', 'e-trump', N),
    ('by ⟪Kelly⟫, that', 'e-kelly', N),
    ('of ⟪Mexicans⟫ living', 'e-mexican', N),
    ('the ⟪United States⟫.', 'e-us', N))

add(24,
    ('back to ⟪Mexico⟫ even', 'e-mexico', N),
    ('aren’t ⟪Mexican⟫.', 'e-mexican', N))

add(27,
    ('the ⟪Mexican⟫ press', 'e-mexican', N),
    ('newspaper ⟪La Jornada⟫ blared', 'e-lajornada', N),
    ('that ⟪Trump⟫ had', 'e-trump', N),
    ('in the ⟪U.S.⟫ illegally', 'e-us', N))

add(29,
    ('since ⟪Mexican⟫ Foreign', 'e-mexican', N),
    ('Secretary ⟪Luis Videgaray⟫ came', 'e-videgaray', N),
    ('to ⟪Washington⟫ in', 'e-washington', N),
    ('with ⟪Jared Kushner⟫,', 'e-kushner', N),
    ('⟪Trump’s son-in-law⟫', 'e-kushner', NOM),
    ('⟪Trump⟫’s son-in-law', 'e-trump', N),
    ('⟪a key advisor to the president on foreign affairs⟫', 'e-kushner', NOM),
    ('to ⟪the president⟫ on', 'e-trump', NOM))

add(31,
    ('⟪Videgaray⟫ later said', 'e-videgaray', N),
    ('the ⟪U.S.⟫-Mexico', 'e-us', N),
    ('U.S.-⟪Mexico⟫ relationship', 'e-mexico', N))

add(33,
    ('how ⟪Mexico⟫ and', 'e-mexico', N),
    ('the ⟪United States⟫ coexist', 'e-us', N),
    ('⟪he⟫ said last week', 'e-videgaray', PRO),
    ('the ⟪Group of 20⟫ economic', 'e-g20', N),
    ('in ⟪Bonn⟫.', 'e-bonn', N))

add(35,
    ('trip to ⟪Mexico City⟫ marks', 'e-mexicocity', N),
    ('by ⟪Trump⟫’s top deputies', 'e-trump', N),
    ('alarmed by ⟪Trump⟫’s often', 'e-trump', N),
    ('the ⟪White House⟫.', 'e-whitehouse', N))

add(37,
    ('President ⟪Mike Pence⟫', 'e-pence', N),
    ('Secretary ⟪James N. Mattis⟫', 'e-mattis', N),
    ('well as ⟪Tillerson⟫ and', 'e-tillerson', N),
    ('Tillerson and ⟪Kelly⟫, fanned', 'e-kelly', N),
    ('in ⟪Europe⟫ to', 'e-europe', N),
    ('the ⟪NATO⟫ military', 'e-nato', N),
    ('resurgent ⟪Russia⟫', 'e-russia', N),
    ('where ⟪Trump⟫ had', 'e-trump', N))

add(39,
    ('⟪Mattis⟫ previously', 'e-mattis', N),
    ('visited ⟪Japan⟫ and', 'e-japan', N),
    ('and ⟪South Korea⟫ to', 'e-southkorea', N),
    ('the ⟪White House⟫ does', 'e-whitehouse', N),
    ('in ⟪Northeast Asia⟫', 'e-neasia', N),
    ('candidate ⟪Trump⟫ had', 'e-trump', N))

add(42,
    ('⟪U.S.⟫ ties with', 'e-us', N),
    ('with ⟪Mexico⟫ ordinarily', 'e-mexico', N),
    ('but ⟪Trump⟫’s harsh', 'e-trump', N),
    ('anti-⟪Mexico⟫ rhetoric', 'e-mexico', N))

add(44,
    ('last year, ⟪he⟫ blamed', 'e-trump', PRO),
    ('blamed ⟪Mexico⟫ for', 'e-mexico', N),
    ('excoriated ⟪Mexico⟫ for', 'e-mexico', N),
    ('what ⟪he⟫ said were', 'e-trump', PRO))

add(46,
    ('to ⟪his⟫ vow', 'e-trump', PRO),
    ('make ⟪Mexico⟫ pay', 'e-mexico', N),
    ('it, ⟪Trump⟫ has', 'e-trump', N),
    ('made in ⟪Mexico⟫. He', 'e-mexico', N),
    ('⟪He⟫ also has', 'e-trump', PRO),
    ('the ⟪North American Free Trade Agreement⟫', 'e-nafta', N),
    ('among the ⟪U.S.⟫, Mexico', 'e-us', N),
    ('U.S., ⟪Mexico⟫ and Canada', 'e-mexico', N),
    ('and ⟪Canada⟫.', 'e-canada', N))

add(48,
    ('⟪NAFTA⟫ is credited', 'e-nafta', N),
    ('the ⟪U.S.⟫-Mexico border', 'e-us', N),
    ('U.S.-⟪Mexico⟫ border', 'e-mexico', N),
    ('some ⟪U.S.⟫ jobs', 'e-us', N),
    ('for ⟪U.S.⟫ companies', 'e-us', N),
    ('factories to ⟪Mexico⟫.', 'e-mexico', N))

add(50,
    ('some ⟪Mexicans⟫ have', 'e-mexican', N),
    ('of ⟪U.S.⟫ brands', 'e-us', N),
    ('#Adios⟪Starbucks⟫', 'e-starbucks', N),
    ('#Adios⟪Walmart⟫', 'e-walmart', N),
    ('#Adios⟪Cocacola⟫', 'e-cocacola', N),
    ('buying ⟪American⟫ corn', 'e-american', N),
    ('where ⟪Trump⟫ has', 'e-trump', N))

add(52,
    ('Some ⟪Mexican⟫ officials', 'e-mexican', N))

add(55,
    ('years, ⟪Mexico⟫ has', 'e-mexico', N),
    ('of ⟪Central Americans⟫ from', 'e-centralamerican', N),
    ('flooding ⟪U.S.⟫ border', 'e-us', N),
    ('⟪Joaquin “El Chapo” Guzman⟫', 'e-guzman', N),
    ('the ⟪United States⟫.', 'e-us', N))

add(57,
    ('In ⟪Mexican⟫ congressional', 'e-mexican', N),
    ('ambassador-designate to ⟪Washington⟫, one', 'e-washington', N),
    ('⟪one lawmaker⟫', 'e-cuevas', NOM),
    ('Sen. ⟪Gabriela Cuevas⟫', 'e-cuevas', N),
    ('why ⟪Mexico⟫ should', 'e-mexico', N),
    ('deporting ⟪U.S.⟫-bound', 'e-us', N),
    ('U.S.-bound ⟪Central American⟫ migrants', 'e-centralamerican', N),
    ('behalf of ⟪Washington⟫.', 'e-washington', N))

add(59,
    ('If the ⟪United States⟫ wants', 'e-us', N),
    ('⟪Cuevas⟫ said', 'e-cuevas', N),
    ('what ⟪Mexico⟫ should do', 'e-mexico', N),
    ('with ⟪Central America⟫.”', 'e-centralamerica', N))

add(61,
    ('⟪Mexico⟫ also is', 'e-mexico', N),
    ('in the ⟪United States⟫ to', 'e-us', N),
    ('clogging ⟪U.S.⟫ immigration', 'e-us', N))

add(63,
    ('with ⟪United States⟫ for', 'e-us', N),
    ('former ⟪Mexican⟫ Foreign', 'e-mexican', N),
    ('Secretary ⟪Jorge Castañeda⟫ recently', 'e-jcastaneda', N),
    ('told ⟪CNN⟫.', 'e-cnn', N))

add(67,
    ('if ⟪Tillerson⟫ and', 'e-tillerson', N),
    ('and ⟪Kelly⟫ are', 'e-kelly', N),
    ('calm ⟪Mexican⟫ tempers', 'e-mexican', N),
    ('tempers, ⟪Trump⟫ seems', 'e-trump', N),
    ('from ⟪his⟫ demands', 'e-trump', PRO),
    ('of ⟪his⟫ campaign', 'e-trump', PRO))

add(70,
    ('For ⟪Peña Nieto⟫, who', 'e-penanieto', N),
    ('of ⟪his⟫ six-year', 'e-penanieto', PRO),
    ('the ⟪White House⟫ given', 'e-whitehouse', N),
    ('in ⟪Mexico⟫ at', 'e-mexico', N),
    ('⟪the new American president⟫', 'e-trump', NOM),
    ('new ⟪American⟫ president', 'e-american', N))

add(72,
    ('Sen. ⟪Benjamin L. Cardin⟫ of', 'e-cardin', N),
    ('of ⟪Maryland⟫, the', 'e-maryland', N),
    ('⟪the ranking Democrat on the Senate Foreign Relations Committee⟫', 'e-cardin', NOM),
    ('ranking ⟪Democrat⟫ on', 'e-democrat', N),
    ('the ⟪Senate Foreign Relations Committee⟫', 'e-sfrc', N),
    ('trip to ⟪Mexico City⟫ last', 'e-mexicocity', N))

add(74,
    ('But ⟪Cardin⟫ voiced', 'e-cardin', N),
    ('of ⟪U.S.⟫-Mexico relations', 'e-us', N),
    ('U.S.-⟪Mexico⟫ relations', 'e-mexico', N),
    ('swipe at ⟪Trump⟫ and', 'e-trump', N),
    ('and ⟪his⟫ penchant', 'e-trump', PRO))

add(76,
    ('“⟪I⟫’m confident', 'e-cardin', PRO),
    ('with ⟪Mexico⟫ is', 'e-mexico', N),
    ('⟪he⟫ said.', 'e-cardin', PRO))

add(78,
    ('⟪Trump⟫’s handling', 'e-trump', N),
    ('with ⟪Mexico⟫ so far', 'e-mexico', N),
    ('on ⟪his⟫ inner', 'e-trump', PRO),
    ('including ⟪Kushner⟫, and', 'e-kushner', N),
    ('the ⟪Latin America⟫ veterans', 'e-latinamerica', N),
    ('the ⟪State Department⟫ and', 'e-statedept', N),
    ('and ⟪National Security Council⟫.', 'e-nsc', N))

add(80,
    ('⟪Craig Deare⟫, who', 'e-deare', N),
    ('named ⟪National Security Council⟫ director', 'e-nsc', N),
    ('for ⟪Western Hemisphere⟫ affairs', 'e-westhem', N),
    ('after ⟪he⟫ criticized', 'e-deare', PRO))

add(83,
    ('⟪Deare⟫ had complained', 'e-deare', N),
    ('the ⟪Wilson Center⟫ think tank', 'e-wilson', N),
    ('tank in ⟪Washington⟫ that', 'e-washington', N),
    ('by ⟪Kushner⟫ and', 'e-kushner', N),
    ('and ⟪Trump⟫’s chief', 'e-trump', N),
    ('⟪Trump’s chief strategist⟫', 'e-bannon', NOM),
    ('strategist, ⟪Stephen K. Bannon⟫, according', 'e-bannon', N),
    ('⟪one of the people who attended the meeting and spoke on condition of anonymity because the discussion was private⟫', 'e-attendee', NOM))

add(85,
    ('⟪Deare⟫ said the', 'e-deare', N),
    ('said ⟪the president⟫’s top', 'e-trump', NOM),
    ('in the ⟪White House⟫ and', 'e-whitehouse', N),
    ('access to ⟪Trump⟫ to', 'e-trump', N),
    ('⟪the person⟫ said', 'e-attendee', NOM))

add(89,
    ('⟪Mexico⟫ and the rest', 'e-mexico', N),
    ('of ⟪Latin America⟫ could', 'e-latinamerica', N),
    ('unfriendly ⟪Washington⟫ toward', 'e-washington', N),
    ('eager-to-please ⟪China⟫.', 'e-china', N),
    ('cost the ⟪United States⟫ economically', 'e-us', N),
    ('which ⟪Washington⟫ diligently', 'e-washington', N))

add(91,
    ('In ⟪Mexico⟫, Trump’s', 'e-mexico', N),
    ('Mexico, ⟪Trump⟫’s antagonism', 'e-trump', N),
    ('the ruling ⟪Institutional Revolutionary Party⟫', 'e-pri', N),
    ('candidate ⟪Andres Manuel Lopez Obrador⟫ in', 'e-amlo', N))

add(93,
    ('“⟪We⟫ are now', 'e-ambassadors', PRO),
    ('this [⟪U.S.⟫-Mexico]', 'e-us', N),
    ('[U.S.-⟪Mexico⟫] foundation', 'e-mexico', N),
    ('⟪six former U.S. ambassadors to Mexico⟫', 'e-ambassadors', NOM),
    ('six former ⟪U.S.⟫ ambassadors', 'e-us', N),
    ('ambassadors to ⟪Mexico⟫, under', 'e-mexico', N),
    ('both ⟪Republican⟫ and', 'e-republican', N),
    ('and ⟪Democratic⟫ administrations', 'e-democrat', N),
    ('the ⟪Wilson Center⟫ website', 'e-wilson', N))

add(95,
    ('⟪they⟫ wrote', 'e-ambassadors', PRO),
    ('“⟪Mexicans⟫ believe', 'e-mexican', N),
    ('with the ⟪United States⟫ are', 'e-us', N),
    ('in the ⟪United States⟫’ long-term', 'e-us', N))

add(98,
    ('⟪Cecilia Sanchez⟫ in', 'e-sanchez', N),
    ('in ⟪The Times⟫’ Mexico', 'e-times', N),
    ('Times’ ⟪Mexico City⟫ bureau', 'e-mexicocity', N))

add(101,
    ('⟪Trump⟫’s Mexico visit', 'e-trump', N),
    ('Trump’s ⟪Mexico⟫ visit', 'e-mexico', N),
    ('want ⟪him⟫’', 'e-trump', PRO))

add(103,
    ('⟪Trump⟫ administration', 'e-trump', N))

add(106,
    ('⟪Trump⟫’s plan', 'e-trump', N),
    ('tax ⟪Mexican⟫ imports', 'e-mexican', N))

add(108,
    ('⟪Mexico⟫’s president', 'e-mexico', N),
    ('⟪Mexico’s president⟫', 'e-penanieto', NOM),
    ('if ⟪Trump⟫ wants', 'e-trump', N),
    ('⟪he⟫’ll', 'e-trump', PRO))

add(111,
    ('arrival of ⟪Tillerson⟫', 'e-tillerson', N),
    ('the ⟪U.S.⟫-Mexico relationship', 'e-us', N),
    ('U.S.-⟪Mexico⟫ relationship', 'e-mexico', N))

# ---------------------------------------------------------------- quotes
# (kind, speaker, line, [segment ctx], cue ctx or None, speaker-mention ctx or None)
Q = [
    ('DIRECT', 'e-hoeflich', 18,
     ['“⟪The federal government should enter these negotiations with resolve and without hesitation⟫,”',
      '“⟪This is a relation of equals between two countries, two governments and two presidents.⟫”'],
     'hesitation,” ⟪wrote⟫ columnist', 'columnist ⟪Clemente Castañeda Hoeflich⟫'),
    ('PARTIAL', 'e-lajornada', 27,
     ['“⟪total war⟫”'],
     '⟪blared⟫', 'newspaper ⟪La Jornada⟫ blared'),
    ('INDIRECT', 'e-videgaray', 31,
     ['said ⟪the U.S.-Mexico relationship is at a crossroads⟫.'],
     'later ⟪said⟫', '⟪Videgaray⟫ later'),
    ('DIRECT', 'e-videgaray', 33,
     ['“⟪This is a moment of definition: The decisions we make in the coming months will determine how Mexico and the United States coexist for the next decades⟫,”'],
     'he ⟪said⟫', '⟪he⟫ said last week'),
    ('INDIRECT', 'e-trump', 44,
     ['for ⟪what⟫ he said', 'said ⟪were unfair trade practices⟫.'],
     'he ⟪said⟫ were', 'what ⟪he⟫ said'),
    ('INDIRECT', 'e-cuevas', 57,
     ['questioned ⟪why Mexico should continue its policy of deporting U.S.-bound Central American migrants on behalf of Washington⟫.'],
     '⟪questioned⟫', 'Sen. ⟪Gabriela Cuevas⟫'),
    ('DIRECT', 'e-cuevas', 59,
     ['“⟪If the United States wants dialogue on immigration matters, they should sit at the table like equals⟫,”',
      '“⟪Otherwise, what Mexico should do is leave the table and change its migratory policies with Central America.⟫”'],
     'Cuevas ⟪said⟫', '⟪Cuevas⟫ said'),
    ('DIRECT', 'e-jcastaneda', 63,
     ['“⟪We have been cooperating with United States for many years on these issues, because they asked us to, and because we have a friendly, trustful relationship⟫,”',
      '“⟪If that relationship disappears, the reasons for cooperation also disappear.⟫”'],
     'recently ⟪told⟫', 'Secretary ⟪Jorge Castañeda⟫'),
    ('DIRECT', 'e-cardin', 72,
     ['“⟪We know that damage has been done to the bilateral relationship in the last few months⟫,”'],
     'Committee, ⟪said⟫', 'Sen. ⟪Benjamin L. Cardin⟫'),
    ('DIRECT', 'e-cardin', 76,
     ['“⟪I’m confident the strength of our partnership and friendship with Mexico is dynamic enough to withstand 140-character broadsides or unrealistic demands⟫,”'],
     'he ⟪said⟫', '⟪he⟫ said.'),
    # nested attribution, line 83: outer (attendee) and inner (Deare)
    ('INDIRECT', 'e-attendee', 83,
     ['⟪Deare had complained to scholars during a private session at the Wilson Center think tank in Washington that foreign policy was too tightly controlled by Kushner and Trump’s chief strategist, Stephen K. Bannon⟫, according'],
     '⟪according to⟫', '⟪one of the people who attended the meeting and spoke on condition of anonymity because the discussion was private⟫'),
    ('INDIRECT', 'e-deare', 83,
     ['that ⟪foreign policy was too tightly controlled by Kushner and Trump’s chief strategist, Stephen K. Bannon⟫, according'],
     'had ⟪complained⟫', '⟪Deare⟫ had complained'),
    # nested attribution, line 85
    ('INDIRECT', 'e-attendee', 85,
     ['⟪Deare said the president’s top aides fostered dysfunction in the White House and blocked access to Trump to the detriment of actual policymaking⟫, the person'],
     'person ⟪said⟫', '⟪the person⟫ said'),
    ('INDIRECT', 'e-deare', 85,
     ['Deare said ⟪the president’s top aides fostered dysfunction in the White House and blocked access to Trump to the detriment of actual policymaking⟫, the person'],
     'Deare ⟪said⟫', '⟪Deare⟫ said the'),
    ('DIRECT', 'e-ambassadors', 93,
     ['“⟪We are now deeply concerned to see this [U.S.-Mexico] foundation shaken⟫,”'],
     '⟪wrote⟫ in a letter', '⟪six former U.S. ambassadors to Mexico⟫'),
    ('DIRECT', 'e-ambassadors', 95,
     ['“⟪Public attitudes in both countries are being soured by exaggerated public accusations⟫,”',
      '“⟪Mexicans believe that their national ‘dignity’ has been insulted. Champions of closer cooperation with the United States are on the defensive. Nationalist voices are gaining traction. This is not in the United States’ long-term interest.⟫”'],
     'they ⟪wrote⟫', '⟪they⟫ wrote'),
    ('DIRECT', None, 101,
     ['‘⟪We don’t want him⟫’'],
     None, None),
    ('INDIRECT', 'e-penanieto', 108,
     ['warns that ⟪if Trump wants to talk trade, he’ll have to talk security, too⟫'],
     '⟪warns⟫', '⟪Mexico’s president⟫'),
]

# ---------------------------------------------------------------- sentences
ABBREV_NOEND = ('U.S.', 'Sen.', 'p.m.', 'a.m.', 'Mr.', 'Mrs.', 'Dr.', 'St.')


def split_sentences(line, base):
    """Return list of (b, e) for sentences in one line."""
    out = []
    start = 0
    n = len(line)
    i = 0
    while i < n:
        c = line[i]
        if c in '.?!':
            j = i + 1
            while j < n and line[j] in '”’"\'':
                j += 1
            # end of line -> sentence end
            if j >= n:
                break
            if line[j] != ' ':
                i += 1
                continue
            k = j
            while k < n and line[k] == ' ':
                k += 1
            nxt = line[k] if k < n else ''
            if not (nxt.isupper() or nxt in '“‘"'):
                i += 1
                continue
            word = line[:i + 1].split(' ')[-1]
            # single-letter initials ("F.", "N.") and known abbreviations
            if c == '.' and (re.fullmatch(r'[A-Z]\.', word) or word.endswith(ABBREV_NOEND)):
                i += 1
                continue
            out.append((start, j))
            start = k
            i = k
            continue
        i += 1
    out.append((start, n))
    res = []
    for b, e in out:
        seg = line[b:e]
        lb = len(seg) - len(seg.lstrip())
        rb = len(seg.rstrip())
        res.append((base + b + lb, base + b + rb))
    return res


SENTS = []
for idx, ln in enumerate(lines):
    if not ln.strip():
        continue
    SENTS.extend(split_sentences(ln, line_start[idx]))

# ---------------------------------------------------------------- compute
mentions = []
seen = set()
for lineno, ctx, ent, kind in M:
    assert ent in ENTITIES, ent
    b, e = anchor(lineno, ctx)
    key = (b, e, ent)
    assert key not in seen, (lineno, ctx)
    seen.add(key)
    mentions.append((b, e, text[b:e], ent, kind))
mentions.sort(key=lambda r: (r[0], -r[1]))
mention_spans = {(m[0], m[1]) for m in mentions}
mention_by_span = {}
for m in mentions:
    mention_by_span.setdefault((m[0], m[1]), []).append(m)

# entities: aliases from NAME mentions
ents_used = {m[3] for m in mentions}
for eid in ENTITIES:
    assert eid in ents_used, 'entity without mention: ' + eid
first_pos = {}
aliases = {eid: [] for eid in ENTITIES}
for m in mentions:
    first_pos.setdefault(m[3], m[0])
    if m[4] == 'NAME' and m[2] not in aliases[m[3]]:
        aliases[m[3]].append(m[2])
for eid, (typ, name, role, aff, extra) in ENTITIES.items():
    for x in extra:
        assert x in text
        if x not in aliases[eid]:
            aliases[eid].append(x)
    if typ != 'UNNAMED_SOURCE':
        assert name in aliases[eid], (eid, name, aliases[eid])
    else:
        assert name in text
    assert aff == '-' or aff in ENTITIES, aff
    # only persons / sources get nominal or pronoun mentions
for m in mentions:
    if m[4] != 'NAME':
        assert ENTITIES[m[3]][0] in ('PERSON', 'UNNAMED_SOURCE'), m
    else:
        assert ENTITIES[m[3]][0] != 'UNNAMED_SOURCE', m

quotes = []
for kind, spk, lineno, segs, cue, smen in Q:
    segspans = [anchor(lineno, s) for s in segs]
    cuespan = anchor(lineno, cue) if cue else None
    smspan = anchor(lineno, smen) if smen else None
    if smspan:
        assert smspan in mention_spans, (lineno, smen)
        assert any(m[3] == spk for m in mention_by_span[smspan]), (lineno, smen)
    if spk:
        assert spk in ENTITIES
    quotes.append((kind, spk, segspans, cuespan, smspan))
quotes.sort(key=lambda q: (q[2][0][0], q[2][0][1] * -1))

# sentences sanity
for b, e in SENTS:
    assert text[b:e] == text[b:e].strip() and '\n' not in text[b:e]

# ---------------------------------------------------------------- write
rows = []
for b, e in SENTS:
    rows.append(['SENT', str(b), str(e), text[b:e]])
ent_order = sorted(ENTITIES, key=lambda k: first_pos[k])
for eid in ent_order:
    typ, name, role, aff, extra = ENTITIES[eid]
    rows.append(['ENT', eid, typ, name, ' | '.join(aliases[eid]) or '-', role, aff])
for b, e, s, ent, kind in mentions:
    assert text[b:e] == s
    rows.append(['MENTION', str(b), str(e), s, ent, kind])
for kind, spk, segspans, cuespan, smspan in quotes:
    rows.append(['QUOTE', kind, spk or '-',
                 ';'.join('%d-%d' % s for s in segspans),
                 '%d-%d' % cuespan if cuespan else '-',
                 '%d-%d' % smspan if smspan else '-',
                 ' '.join(text[b:e] for b, e in segspans)])
for r in rows:
    for f in r:
        assert '\t' not in f and '\n' not in f, r
with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write('\t'.join(r) + '\n')

# ---------------------------------------------------------------- verify output
for line in open(OUT, encoding='utf-8').read().rstrip('\n').split('\n'):
    p = line.split('\t')
    if p[0] == 'SENT':
        assert text[int(p[1]):int(p[2])] == p[3]
    elif p[0] == 'MENTION':
        assert text[int(p[1]):int(p[2])] == p[3]
    elif p[0] == 'QUOTE':
        segs = [tuple(map(int, s.split('-'))) for s in p[3].split(';')]
        assert ' '.join(text[b:e] for b, e in segs) == p[6]

from collections import Counter
print('sentences', len(SENTS))
print('entities', len(ENTITIES), dict(Counter(v[0] for v in ENTITIES.values())))
print('mentions', len(mentions), dict(Counter(m[4] for m in mentions)))
print('quotes', len(quotes), dict(Counter(q[0] for q in quotes)))
if '-v' in sys.argv:
    for b, e in SENTS:
        print('S|', text[b:e])
