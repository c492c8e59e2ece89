/** Names in several scripts, each part with a romanised form for handles, emails and links. */
export interface NamePart {
  text: string;
  latin: string;
}

type Pairs = readonly (readonly [string, string])[];
const parts = (pairs: Pairs): NamePart[] => pairs.map(([text, latin]) => ({ text, latin }));

export interface NameScript {
  script: string;
  first: NamePart[];
  last: NamePart[];
  /** Family name first (East Asian order), written without a space. */
  familyFirst?: boolean;
  /** ISO 3166-1 alpha-2 codes where such names are common. */
  countries: readonly string[];
  /** Relative share of the roster, roughly an international agency's. */
  weight: number;
}

export const NAME_SCRIPTS: readonly NameScript[] = [
  {
    script: 'Latin',
    first: parts([['Emma', 'emma'], ['Liam', 'liam'], ['Olivia', 'olivia'], ['Noah', 'noah'], ['Ava', 'ava'], ['Ethan', 'ethan'], ['Chloe', 'chloe'], ['Mason', 'mason'], ['Sophie', 'sophie'], ['Jack', 'jack'], ['Grace', 'grace'], ['Ryan', 'ryan'], ['Mia', 'mia'], ['Leo', 'leo'], ['Harper', 'harper'], ['Oscar', 'oscar'], ['Zara', 'zara'], ['Caleb', 'caleb'], ['Ruby', 'ruby'], ['Finn', 'finn'], ['Isla', 'isla'], ['Owen', 'owen']]),
    last: parts([['Smith', 'smith'], ['Johnson', 'johnson'], ['Brown', 'brown'], ['Taylor', 'taylor'], ['Wilson', 'wilson'], ['Clarke', 'clarke'], ['Walker', 'walker'], ['Hughes', 'hughes'], ['Bennett', 'bennett'], ['Carter', 'carter'], ['Foster', 'foster'], ['Murphy', 'murphy'], ['Reed', 'reed'], ['Parker', 'parker'], ['Lee', 'lee'], ['Evans', 'evans']]),
    countries: ['US', 'GB', 'CA', 'AU', 'IE', 'NZ'],
    weight: 34,
  },
  {
    script: 'Latin (accented)',
    first: parts([['José', 'jose'], ['María', 'maria'], ['Zoë', 'zoe'], ['Élodie', 'elodie'], ['João', 'joao'], ['Lucía', 'lucia'], ['Ömer', 'omer'], ['Ana', 'ana'], ['Søren', 'soren'], ['Małgorzata', 'malgorzata'], ['Renée', 'renee'], ['Iñaki', 'inaki'], ['Chloé', 'chloe'], ['Andrés', 'andres'], ['Björn', 'bjorn'], ['Inês', 'ines'], ['Łukasz', 'lukasz'], ['Noémie', 'noemie']]),
    last: parts([['Álvarez', 'alvarez'], ['García', 'garcia'], ['Müller', 'muller'], ['Lefèvre', 'lefevre'], ['Gonçalves', 'goncalves'], ['Nowak', 'nowak'], ['Yılmaz', 'yilmaz'], ['Pérez', 'perez'], ['Håkansson', 'hakansson'], ['Dvořák', 'dvorak'], ['Núñez', 'nunez'], ['Şahin', 'sahin'], ['Rodríguez', 'rodriguez'], ['Bécquer', 'becquer'], ['Fernández', 'fernandez'], ['Čapek', 'capek']]),
    countries: ['ES', 'MX', 'FR', 'DE', 'BR', 'PT', 'TR', 'PL', 'AR', 'DK'],
    weight: 26,
  },
  {
    script: 'Cyrillic',
    first: parts([['Анна', 'anna'], ['Мария', 'maria'], ['Иван', 'ivan'], ['Дмитрий', 'dmitry'], ['Екатерина', 'ekaterina'], ['Алексей', 'alexey'], ['Ольга', 'olga'], ['Сергей', 'sergey']]),
    last: parts([['Иванова', 'ivanova'], ['Смирнов', 'smirnov'], ['Кузнецова', 'kuznetsova'], ['Попов', 'popov'], ['Соколова', 'sokolova'], ['Петренко', 'petrenko']]),
    countries: ['UA', 'KZ', 'RS', 'BG'],
    weight: 8,
  },
  {
    script: 'CJK',
    first: parts([['小明', 'xiaoming'], ['丽', 'li'], ['伟', 'wei'], ['芳', 'fang'], ['翔太', 'shota'], ['結衣', 'yui'], ['陽菜', 'hina'], ['大翔', 'hiroto']]),
    last: parts([['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['陈', 'chen'], ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka']]),
    familyFirst: true,
    countries: ['CN', 'TW', 'JP', 'HK', 'SG'],
    weight: 10,
  },
  {
    script: 'Korean',
    first: parts([['민지', 'minji'], ['서준', 'seojun'], ['지우', 'jiwoo'], ['하은', 'haeun'], ['도윤', 'doyun']]),
    last: parts([['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung']]),
    familyFirst: true,
    countries: ['KR'],
    weight: 5,
  },
  {
    script: 'Arabic',
    first: parts([['محمد', 'mohamed'], ['فاطمة', 'fatima'], ['أحمد', 'ahmed'], ['ليلى', 'layla'], ['يوسف', 'youssef'], ['نور', 'nour']]),
    last: parts([['العلي', 'alali'], ['حسن', 'hassan'], ['منصور', 'mansour'], ['الخطيب', 'alkhatib'], ['سعيد', 'saeed']]),
    countries: ['AE', 'SA', 'EG', 'MA', 'JO'],
    weight: 6,
  },
  {
    script: 'Devanagari',
    first: parts([['आरव', 'aarav'], ['प्रिया', 'priya'], ['विवान', 'vivaan'], ['अनन्या', 'ananya'], ['रोहन', 'rohan'], ['दीया', 'diya']]),
    last: parts([['शर्मा', 'sharma'], ['वर्मा', 'verma'], ['गुप्ता', 'gupta'], ['पटेल', 'patel'], ['सिंह', 'singh']]),
    countries: ['IN', 'NP'],
    weight: 8,
  },
  {
    script: 'Thai',
    first: parts([['สมชาย', 'somchai'], ['มาลี', 'malee'], ['ณัฐ', 'nat'], ['กมล', 'kamon']]),
    last: parts([['ศรีสุข', 'srisuk'], ['วงศ์ไทย', 'wongthai'], ['แก้วมณี', 'kaewmanee']]),
    countries: ['TH'],
    weight: 3,
  },
];
