// The 500 most common passwords of 8 or more characters, most common first, lowercased.
// Taken from the password list of @zxcvbn-ts/language-common 4.1.3 (src/passwords.json), under its MIT licence:
//
// Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.
// Copyright (c) 2021 @zxcvbn-ts
//
// Permission is hereby granted, free of charge, to any person obtaining
// a copy of this software and associated documentation files (the
// "Software"), to deal in the Software without restriction, including
// without limitation the rights to use, copy, modify, merge, publish,
// distribute, sublicense, and/or sell copies of the Software, and to
// permit persons to whom the Software is furnished to do so, subject to
// the following conditions:
//
// The above copyright notice and this permission notice shall be
// included in all copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
// EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
// MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
// NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
// LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION
// OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION
// WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

const LIST = [
  "password", "12345678", "123456789", "baseball", "football", "qwertyuiop", "1234567890", "superman", "1qaz2wsx", "jennifer",
  "trustno1", "sunshine", "iloveyou", "computer", "michelle", "starwars", "princess", "11111111", "corvette", "1234qwer",
  "internet", "samantha", "q1w2e3r4t5", "maverick", "whatever", "mercedes", "steelers", "qwer1234", "hardcore", "q1w2e3r4",
  "midnight", "bigdaddy", "victoria", "marlboro", "password1", "1q2w3e4r", "cocacola", "jordan23", "asdfasdf", "danielle",
  "12344321", "jonathan", "liverpoo", "qwerty123", "passw0rd", "abcd1234", "slipknot", "scorpion", "startrek", "asdfghjkl",
  "redskins", "qazwsxedc", "liverpool", "nicholas", "butthead", "dolphins", "qwertyui", "shithead", "metallic", "mountain",
  "benjamin", "elephant", "rush2112", "1q2w3e4r5t", "creative", "garfield", "bullshit", "asdfghjk", "1qazxsw2", "december",
  "airborne", "brooklyn", "godzilla", "4815162342", "williams", "darkness", "blink182", "platinum", "01012011", "11223344",
  "lifehack", "12qwaszx", "snowball", "nintendo", "november", "pakistan", "explorer", "redwings", "789456123", "lasvegas",
  "guinness", "christin", "asdf1234", "babygirl", "michigan", "carolina", "alexande", "dickhead", "minecraft", "metallica",
  "kristina", "kimberly", "snickers", "paradise", "caroline", "147258369", "lacrosse", "bollocks", "poohbear", "qweasdzxc",
  "einstein", "drowssap", "courtney", "spitfire", "patricia", "maryjane", "champion", "svetlana", "anderson", "westside",
  "security", "zaq12wsx", "alexander", "123456789a", "1232323q", "scarface", "qwerty12", "marshall", "veronica", "stargate",
  "12345qwert", "semperfi", "brittany", "scotland", "cherokee", "simpsons", "michael1", "vladimir", "franklin", "infinity",
  "passport", "bulldogs", "1234554321", "budlight", "usuckballz1", "softball", "fktrcfylh", "kawasaki", "wildcats", "logitech",
  "swordfis", "motorola", "alexandr", "patriots", "colorado", "juventus", "freeuser", "warcraft", "wolverin", "elizabet",
  "valentin", "mitchell", "password123", "ncc1701d", "spiderma", "hello123", "virginia", "pearljam", "123qweasd", "predator",
  "charlie1", "panthers", "peekaboo", "rolltide", "american", "cardinal", "chevelle", "fyfcnfcbz", "loverboy", "lovelove",
  "123654789", "changeme", "electric", "darkside", "hercules", "lawrence", "wolfpack", "letmein1", "741852963", "spiderman",
  "blizzard", "cheyenne", "123456789q", "cjkysirj", "147852369", "sterling", "basketball", "pussycat", "a1b2c3d4", "freepass",
  "airplane", "billybob", "stingray", "chocolat", "zeppelin", "firebird", "business", "greenday", "tarheels", "01011980",
  "hellfire", "engineer", "serenity", "fireball", "1029384756", "remember", "darkstar", "mustang1", "pavilion", "bobafett",
  "01012000", "dbrnjhbz", "harrison", "welcome1", "swimming", "defender", "precious", "icecream", "swordfish", "presario",
  "rockstar", "airforce", "thailand", "21122112", "bluebird", "goldfish", "wrangler", "cadillac", "longhorn", "microsoft",
  "christia", "qazwsx123", "assassin", "atlantis", "123qweasdzxc", "lonewolf", "software", "leonardo", "srinivas", "angelina",
  "valentina", "veronika", "babydoll", "wordpass", "butterfly", "devildog", "mistress", "freedom1", "soso123aljg", "montreal",
  "wolfgang", "31415926", "hotstuff", "basketba", "birthday", "stephani", "jessica1", "testtest", "fuckyou2", "kathleen",
  "savannah", "shamrock", "deftones", "goldberg", "renegade", "hamilton", "cristina", "blahblah", "enterpri", "1234abcd",
  "babylon5", "sweetpea", "trfnthbyf", "cavalier", "marathon", "aardvark", "butterfl", "bigboobs", "manchester", "yankees1",
  "napoleon", "buckeyes", "01011990", "fredfred", "highland", "1qaz2wsx3edc", "diamonds", "campbell", "chandler", "drpepper",
  "elizabeth", "pornstar", "12345678910", "thuglife", "sherlock", "morpheus", "wetpussy", "consumer", "adgjmptw", "barcelona",
  "sundance", "isabella", "overlord", "isabelle", "ultimate", "ncc1701e", "matthew1", "geronimo", "123qwe123", "aleksandr",
  "portugal", "superfly", "q1w2e3r4t5y6", "florence", "wrinkle1", "11235813", "51505150", "seminole", "alejandr", "concrete",
  "access14", "margaret", "christop", "letmein2", "qazxswedc", "trombone", "pleasure", "rhbcnbyf", "christian", "cdtnkfyf",
  "stallion", "mongoose", "kingkong", "bluemoon", "personal", "a1234567", "fuckyou1", "immortal", "123454321", "dietcoke",
  "anthony1", "giovanni", "hollywoo", "morrison", "14789632", "clifford", "bonehead", "fernando", "ghbdtnbr", "charlott",
  "1123581321", "ilovesex", "william1", "hongkong", "sebastia", "werewolf", "super123", "cooldude", "eternity", "lollipop",
  "tottenha", "stocking", "anything", "columbia", "makaveli", "robinson", "verbatim", "satan666", "standard", "blackcat",
  "punkrock", "raistlin", "infantry", "qwerty12345", "waterloo", "01012010", "seinfeld", "musicman", "megadeth", "skywalke",
  "gn56gn56", "squirrel", "wolverine", "qazwsxed", "stardust", "twilight", "intrepid", "vanhalen", "punisher", "1234567a",
  "showtime", "fuckfuck", "111222333", "skittles", "ekaterina", "hannibal", "thunder1", "chelsea1", "1q2w3e4r5t6y", "portland",
  "panasonic", "sandiego", "penelope", "blackdog", "1a2b3c4d", "californ", "playtime", "warriors", "gangster", "christine",
  "chargers", "mushroom", "dingdong", "crusader", "stranger", "dkflbvbh", "anastasia", "slapshot", "guardian", "147896325",
  "septembe", "angelica", "scarlett", "123321123", "kittycat", "munchkin", "rammstein", "1passwor", "barcelon", "santiago",
  "blackman", "starcraft", "goodluck", "coltrane", "katerina", "fuck_inside", "discover", "spanking", "shaney14", "192837465",
  "lonestar", "stonecol", "meridian", "heather1", "25802580", "richard1", "alexandra", "zaq1xsw2", "beautiful", "lowrider",
  "tacobell", "123698745", "catalina", "halflife", "johnjohn", "kangaroo", "thompson", "socrates", "keyboard", "national",
  "formula1", "qwerasdf", "12369874", "penguins", "fuckface", "vacation", "ragnarok", "asshole1", "mailcreated5240", "lorraine",
  "dodgeram", "sebastian", "colombia", "oblivion", "sithlord", "mustangs", "scoobydo", "bigballs", "zxcv1234", "titleist",
  "richmond", "director", "magnolia", "blueeyes", "mersedes", "12312312", "springer", "patrick1", "martinez", "cowboys1",
];

const COMMON = new Set(LIST);

/** Whether a password is one of the most common ones (compared lowercased and trimmed). */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}
