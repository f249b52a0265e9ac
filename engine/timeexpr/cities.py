"""The IANA time zone a place implies: the world's larger cities, single-zone countries, IANA names.

Offline and small on purpose: a city that is not here (and not an IANA city part, which
`parse_timezone` already knows) gives None, and the person is asked for their zone instead.
"""

from __future__ import annotations

import functools
import re

from engine.timeexpr._zones import parse_timezone

# zone: places (lower case, "|"-separated). Cities whose name is an IANA city part
# (Lisbon, Berlin, Tokyo, ...) are found by `parse_timezone` and need not be listed.
_PLACES_BY_ZONE = (
    ("Europe/Lisbon", "lisboa|porto|oporto|braga|coimbra|faro|portugal"),
    ("Europe/Madrid", "barcelona|valencia|seville|sevilla|bilbao|malaga|zaragoza|spain|españa"),
    (
        "Europe/London",
        "manchester|birmingham|glasgow|edinburgh|leeds|liverpool|bristol|cardiff|"
        "belfast|newcastle|sheffield|nottingham|cambridge|oxford|united kingdom|great britain|"
        "britain|scotland|wales",
    ),
    ("Europe/Dublin", "cork|galway|limerick|ireland"),
    ("Europe/Paris", "lyon|marseille|toulouse|nice|nantes|bordeaux|lille|strasbourg|montpellier"),
    (
        "Europe/Berlin",
        "köln|munchen|münchen|stuttgart|düsseldorf|dusseldorf|leipzig|dresden|"
        "hanover|hannover|nuremberg|nürnberg|bremen|bonn|deutschland",
    ),
    ("Europe/Amsterdam", "rotterdam|the hague|den haag|utrecht|eindhoven|groningen|holland"),
    (
        "Europe/Brussels",
        "bruxelles|brussel|antwerp|antwerpen|ghent|gent|liège|liege|bruges|belgium",
    ),
    ("Europe/Zurich", "zürich|geneva|genève|genf|basel|bern|lausanne|switzerland|schweiz"),
    ("Europe/Vienna", "wien|graz|linz|salzburg|innsbruck|austria|österreich"),
    (
        "Europe/Rome",
        "milan|milano|naples|napoli|turin|torino|florence|firenze|bologna|venice|"
        "venezia|genoa|genova|palermo|roma",
    ),
    (
        "Europe/Warsaw",
        "krakow|kraków|wroclaw|wrocław|gdansk|gdańsk|poznan|poznań|lodz|łódź|poland|warszawa|polska",
    ),
    ("Europe/Prague", "praha|brno|czechia|czech republic"),
    ("Europe/Budapest", "hungary"),
    ("Europe/Stockholm", "gothenburg|göteborg|malmö|malmo|uppsala|sweden"),
    ("Europe/Oslo", "bergen|trondheim|stavanger|norway"),
    ("Europe/Copenhagen", "københavn|aarhus|odense|denmark"),
    ("Europe/Helsinki", "espoo|tampere|turku|finland"),
    ("Europe/Athens", "athina|thessaloniki|greece"),
    ("Europe/Istanbul", "ankara|izmir|antalya|bursa|turkey|türkiye"),
    ("Europe/Bucharest", "cluj|cluj-napoca|iasi|timisoara|romania"),
    ("Europe/Sofia", "plovdiv|varna|bulgaria"),
    ("Europe/Belgrade", "novi sad|serbia"),
    ("Europe/Zagreb", "split|croatia"),
    ("Europe/Kyiv", "kiev|kharkiv|odesa|odessa|lviv|dnipro|ukraine"),
    ("Europe/Moscow", "saint petersburg|st petersburg|st. petersburg|kazan|nizhny novgorod"),
    ("Europe/Tallinn", "estonia"),
    ("Europe/Riga", "latvia"),
    ("Europe/Vilnius", "kaunas|lithuania"),
    ("Atlantic/Reykjavik", "iceland"),
    (
        "America/New_York",
        "new york|new york city|philadelphia|pittsburgh|baltimore|charlotte|"
        "raleigh|orlando|tampa|jacksonville|cleveland|columbus|cincinnati|indianapolis|"
        "buffalo|newark|jersey city|brooklyn|manhattan|washington dc|washington d.c.",
    ),
    ("America/Toronto", "ottawa|montreal|montréal|quebec|québec|hamilton|waterloo"),
    (
        "America/Chicago",
        "minneapolis|st louis|saint louis|kansas city|milwaukee|nashville|"
        "new orleans|san antonio|oklahoma city|memphis|omaha",
    ),
    ("America/Denver", "salt lake city|albuquerque|colorado springs|boulder"),
    ("America/Phoenix", "tucson|scottsdale|arizona"),
    (
        "America/Los_Angeles",
        "los angeles|san diego|san jose|oakland|sacramento|portland|"
        "las vegas|palo alto|mountain view|berkeley",
    ),
    ("America/Vancouver", "surrey bc"),
    ("America/Edmonton", "calgary"),
    ("America/Winnipeg", "manitoba"),
    ("America/Halifax", "nova scotia"),
    ("America/Anchorage", "alaska"),
    ("Pacific/Honolulu", "hawaii"),
    ("America/Mexico_City", "guadalajara|monterrey|puebla|mexico|méxico|cdmx"),
    ("America/Bogota", "medellin|medellín|cali|barranquilla|colombia"),
    ("America/Lima", "peru|perú"),
    ("America/Santiago", "chile"),
    ("America/Argentina/Buenos_Aires", "buenos aires|cordoba|córdoba|rosario|argentina"),
    (
        "America/Sao_Paulo",
        "são paulo|rio de janeiro|rio|brasilia|brasília|belo horizonte|"
        "curitiba|porto alegre|salvador|recife|campinas|florianópolis|florianopolis",
    ),
    ("America/Caracas", "venezuela"),
    ("America/Montevideo", "uruguay"),
    ("America/Guatemala", "guatemala city"),
    ("America/Costa_Rica", "san josé|costa rica"),
    ("America/Panama", "panama city"),
    ("America/Havana", "cuba"),
    ("America/Santo_Domingo", "dominican republic"),
    ("America/Puerto_Rico", "san juan|puerto rico"),
    ("Africa/Lagos", "abuja|ibadan|nigeria"),
    ("Africa/Cairo", "alexandria|giza|egypt"),
    ("Africa/Johannesburg", "cape town|durban|pretoria|port elizabeth|south africa"),
    ("Africa/Nairobi", "mombasa|kenya"),
    ("Africa/Addis_Ababa", "ethiopia"),
    ("Africa/Casablanca", "rabat|marrakesh|marrakech|fez|tangier|morocco"),
    ("Africa/Accra", "kumasi|ghana"),
    ("Africa/Dar_es_Salaam", "dodoma|tanzania"),
    ("Africa/Kampala", "uganda"),
    ("Africa/Kigali", "rwanda"),
    ("Africa/Tunis", "tunisia"),
    ("Africa/Algiers", "algeria"),
    ("Africa/Dakar", "senegal"),
    ("Africa/Abidjan", "ivory coast|côte d'ivoire"),
    ("Asia/Dubai", "abu dhabi|sharjah|uae|united arab emirates"),
    ("Asia/Riyadh", "jeddah|mecca|medina|dammam|saudi arabia"),
    ("Asia/Qatar", "doha|qatar"),
    ("Asia/Jerusalem", "tel aviv|haifa|israel"),
    ("Asia/Amman", "jordan"),
    ("Asia/Beirut", "lebanon"),
    ("Asia/Tehran", "isfahan|mashhad|iran"),
    ("Asia/Baghdad", "iraq"),
    ("Asia/Karachi", "lahore|islamabad|faisalabad|rawalpindi|pakistan"),
    (
        "Asia/Kolkata",
        "chennai|hyderabad|pune|ahmedabad|kolkata|calcutta|jaipur|lucknow|"
        "noida|gurgaon|gurugram|kochi",
    ),
    ("Asia/Dhaka", "chittagong|bangladesh"),
    ("Asia/Colombo", "sri lanka"),
    ("Asia/Kathmandu", "nepal"),
    (
        "Asia/Shanghai",
        "shenzhen|guangzhou|chengdu|hangzhou|wuhan|nanjing|tianjin|xi'an|chongqing|suzhou|peking",
    ),
    ("Asia/Hong_Kong", "hong kong"),
    ("Asia/Taipei", "taiwan|kaohsiung"),
    ("Asia/Tokyo", "osaka|kyoto|yokohama|nagoya|sapporo|fukuoka|kobe"),
    ("Asia/Seoul", "busan|incheon|korea|south korea"),
    ("Asia/Singapore", "singapore"),
    ("Asia/Kuala_Lumpur", "penang|malaysia"),
    ("Asia/Bangkok", "chiang mai|phuket|thailand"),
    ("Asia/Ho_Chi_Minh", "ho chi minh city|saigon|hanoi|da nang|vietnam"),
    ("Asia/Jakarta", "bandung|surabaya|indonesia"),
    ("Asia/Manila", "quezon city|cebu|philippines"),
    ("Asia/Almaty", "kazakhstan"),
    ("Asia/Tashkent", "uzbekistan"),
    ("Asia/Yerevan", "armenia"),
    ("Asia/Tbilisi", "tbilisi"),
    ("Asia/Baku", "azerbaijan"),
    ("Australia/Sydney", "canberra|newcastle nsw|wollongong|new south wales"),
    ("Australia/Melbourne", "geelong|victoria australia"),
    ("Australia/Brisbane", "gold coast|queensland"),
    ("Australia/Perth", "western australia"),
    ("Australia/Adelaide", "south australia"),
    ("Pacific/Auckland", "wellington|christchurch|hamilton nz|new zealand"),
)
_PLACES = {place: zone for zone, places in _PLACES_BY_ZONE for place in places.split("|")}
_SPLIT = re.compile(r"\s*(?:,|;|/|\(|\)|\bnear\b|\bin\b|\band\b|\bor\b|-)\s*", re.IGNORECASE)
_NOT_PLACES = frozenset({"remote", "anywhere", "home", "nowhere", "online", "hybrid"})


def _lookup(text: str) -> str | None:
    key = " ".join(text.casefold().strip(" .!?'\"").split())
    if not key or key in _NOT_PLACES:
        return None
    if key in _PLACES:
        return _PLACES[key]
    found = parse_timezone(key)
    return found.key if found is not None else None


@functools.lru_cache(maxsize=512)
def zone_for_place(place: str) -> str | None:
    """The IANA zone for "Porto", "Porto, Portugal", "near Munich", or "Europe/Lisbon".

    The whole text is tried first, then each part of it (split on commas, "in", "near"…),
    so a city wins over its country when both are given.
    """
    whole = _lookup(place)
    if whole is not None:
        return whole
    parts = [p for p in _SPLIT.split(place) if p and p.strip()]
    for part in parts:
        found = _lookup(part)
        if found is not None:
            return found
    return None


def place_name(place: str) -> str:
    """The place as the person wrote it, trimmed for a short confirmation line."""
    return " ".join(place.split()).strip(" .,;!?")[:60]
