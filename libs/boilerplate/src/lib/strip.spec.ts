import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StrippedDocumentSchema, type CleanedDocument } from '@vidx/contracts';
import { clean } from '@vidx/text-cleaning';
import { normalizeSegment, stripBoilerplate } from './strip';

const seed = readFileSync(join(__dirname, '../../../../test/fixtures/seed-bloomberg-harris-amlo.txt'), 'utf8');

function doc(description: string, source = 'Example News'): CleanedDocument {
  const [cleaned] = clean({ title: 'T', description, channelTitle: source }).documents;
  return cleaned;
}

const strip = (description: string, source?: string) => stripBoilerplate(doc(description, source));

describe('stripBoilerplate', () => {
  it('splits the seed promo off the last editorial sentence it is glued to', () => {
    const [cleaned] = clean(seed).documents;
    const out = stripBoilerplate(cleaned);
    expect(StrippedDocumentSchema.parse(out)).toEqual(out);
    expect(out.body.endsWith('Hondurans were second with 22% and Guatemalans were third with 17%.')).toBe(true);
    expect(out.body).toContain('Marcelo Ebrard, Mexico\'s Secretary of Foreign Relations said earlier on Tuesday');
    expect(out.body).not.toMatch(/Subscribe|brings you|survey|Connect with us|instagram/i);
    expect(out.removed.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        'Subscribe to our YouTube channel: https://bit.ly/2TwO8Gm',
        'Make sense of the stories changing your business and your world.',
        'Have a story to tell?',
        'Twitter: https://twitter.com/quicktake',
      ]),
    );
    expect(out.links).toHaveLength(8);
    expect(out.links[1]).toBe('http://www.bloomberg.com/qt/live');
  });

  it('removes promo before the story, between sections and after it', () => {
    const out = strip(
      'Subscribe to DW News for more: https://www.youtube.com/user/dw\n\nThe chancellor announced a €100 billion fund.\n\nFollow us on Twitter: https://twitter.com/dw\n\nThe opposition leader said his party supported it.\n\nLike us on Facebook: https://facebook.com/dw',
    );
    expect(out.body).toBe('The chancellor announced a €100 billion fund.\n\nThe opposition leader said his party supported it.');
    expect(out.removed.map((r) => r.reason)).toEqual(['call-to-action', 'call-to-action', 'call-to-action']);
  });

  it.each([
    ['a channel self-description', 'Example News brings you live global news and original shows spanning business and culture.'],
    ['a brand self-description', 'Example News is the world\'s largest business news platform.'],
    ['a watch-live promo', 'To watch complete coverage on Example TV 24/7, visit http://example.com/live, or watch on Roku.'],
    ['a tip-line ask', 'Have a story to tell? Fill out this survey for a chance to have it featured: https://cor.us/s/1'],
    ['a Patreon ask', 'Support us on Patreon: https://www.patreon.com/example'],
    ['a membership ask', 'Join this channel to get access to perks.'],
    ['a newsletter sign-up', 'Sign up for the Example newsletter: https://example.com/newsletters'],
    ['a more-videos pointer', 'More Example channels:\nExample Football http://bit.ly/f'],
    ['a copyright line', '© 2024 Example Media. All rights reserved.'],
    ['a licensing line', 'Interested in licensing this clip? Contact our library sales team: https://example.com/sales'],
    ['a hashtag-only line', '#Sudan #Khartoum #AlJazeera'],
    ['an affiliate disclaimer', 'Some of the links above are affiliate links, and we may earn a commission.'],
    ['an editorial disclaimer', 'The views expressed in this video are those of the guests and do not necessarily reflect the views of Example News.'],
    ['a notification ask with a curly apostrophe', 'Don’t forget to turn on notifications, like, & subscribe!'],
    ['a subscribe ask after a condition without a comma', "If you like this video don't forget to subscribe :)"],
    ['a subscribe ask after the thanks', 'Thanks for watching please subscribe and like this video'],
    ['a click-to-subscribe line', 'CLICK TO SUBSCRIBE TO THE GUESTS IN THIS EPISODE!'],
    ['a question about subscribing', 'Still haven’t subscribed to Example on YouTube?'],
    ['a subscribe ask inside a sentence', 'A brand new video is uploaded on this channel every Saturday at 8AM so be sure to SUBSCRIBE to the channel.'],
    ['a promo code line', 'Promo Code for 10% off: NEWS77'],
    ['a caller-tune offer', 'Vodafone Subscribers Dial 5379933200'],
    ['social names alone', 'Instagram..'],
    ['a product and its short link', 'ELF Instant Lift Brow Pencil- Neutral Brown http://bit.ly/2wGJkG5'],
    ['a sponsorship ask', 'Want to sponsor a video?'],
    ['a merch line', 'GET THE EXCLUSIVE MERCH FOR 48 HOURS ONLY!!!'],
    ['a discount code read', 'Get 50% off your first box with code NEWS50 at hellofresh.com/news50'],
    ['a donation ask with a bare link', 'Donate today at example.org/donate'],
    ['a music credit', 'Music: "Morning Light" by Kevin Example (licensed under CC BY 4.0)'],
    ['a share ask after a condition', 'If you enjoyed this video, please like and share it with your friends.'],
    ['an advice disclaimer', 'Disclaimer: this content is for informational purposes only and is not financial advice.'],
    ['a social-link run', 'Connect with us on… YouTube: https://youtube.com/x Twitter: https://twitter.com/x Facebook: https://facebook.com/x'],
    ['a merch link', 'Buy the merch: https://shop.example.com'],
    ['a notification ask', 'Turn on notifications so you never miss a market-moving interview'],
    ['a Spanish call to action', 'Suscríbete a nuestro canal de YouTube: https://www.youtube.com/elpais'],
    ['a Spanish app and bell ask', 'Descarga nuestra aplicación y activa la campanita para no perderte ningún video.'],
    ['a French share ask', "N'oubliez pas de liker et de partager la vidéo !"],
    ['a French app ask', 'Téléchargez notre application gratuite.'],
    ['a membership ask naming the programme', 'Become an Example Video Lab member!'],
    ['a comment ask', "Don't forget to leave a comment, a thumbs-up, and please subscribe!"],
    ['the channel speaking to its viewers', 'We report on stories where you live -- Springfield, Shelbyville -- and everywhere in between.'],
    ['a broadcast schedule', 'Watch Example Nightly at 6pm and weekdays at 11:30am on Channel 7.'],
    ['an app pitch', 'You can customize your push notifications so you get just the alerts you want.'],
    ['hashtags glued to the promo before them', 'Watch us on Channel 7.#Breaking #Storm #Example'],
    ['the programme describing itself', 'Airing six days a week, the show delivers news, documentaries and analysis from some of the country’s leading journalists.'],
    ['a brand self-description with a list', 'Example News delivers the Latest Updates, Headlines, Breaking News and Information on the latest top stories from around the World.'],
    ['social handles', 'Media:Instagram: @examplenews Twitter: @examplenews Snapchat: examplenews'],
    ['a business contact', 'Business Email: desk@example.com'],
    ['a channel history as its self-description', 'For more than 75 years, Example News has been the source viewers turn to, to keep them informed about their communities.'],
    [
      'a self-description and its next sentence',
      'For more than 75 years, Example News has been the source viewers turn to. Through programming on many platforms, including Example Radio, mobile and on-demand, Example News and its award-winning journalists deliver the breaking stories that matter.',
    ],
    ['a label for a link', 'For breaking news, video, audio and in-depth coverage: http://bit.ly/1Z0m6iX'],
    ['a heading with the channel\'s name', 'About Example News: From Wall Street to Main Street, Example News has you covered. Experience sneak peeks of your favourite shows.'],
    [
      'a self-description going on in the channel\'s own voice',
      'About Channel:\nExample News is a leading source of in-depth analysis of global issues. We provide much more than the news of the day. Our aim is to empower people to explore their world. We are journalists who are neutral to the core.',
    ],
    [
      'a self-description that goes on under another name',
      'Example News Channel (ENC) is a 24-hour news service delivering breaking news. The number one network in cable, ENC has been the most-watched television news channel for 18 consecutive years.',
    ],
    ['a newspaper describing itself', "Example News is the country's largest English newspaper."],
    ['an offer and the line that announces it', 'Get an exclusive Example VPN deal! Enter promo code NEWS for an extra 3 months free at https://example.com/news'],
    ['an editorial-control disclosure', "This video was produced with help from the ministry's press office, who had no editorial control over the final video."],
    ['a social handle after an arrow', 'Snapchat ➝ ExampleSnaps'],
    ['a French follow ask', 'Et nous suivre sur Snapchat : examplechannel'],
    ['a French share ask after a condition', 'Si la vidéo vous plaît, soutenez-la en partageant le lien sur Facebook.'],
    ['a sponsor thanked for supporting the channel', 'Thanks to Example Genetics for supporting Example News. These kits make great gifts, so check out https://example.com/news'],
    ['a viewer survey', "We're conducting a survey of our viewers! If you have time, please give us feedback: https://example.com/survey"],
    ['a question ask and where to leave it', 'Have a question about this video? Leave it in the comment section at https://example.org/video/1 and someone will answer.'],
    ['a release available everywhere with its link', 'The new track Walk on Water is available everywhere: http://example.com/wow'],
    ['an intro and outro music credit', 'Intro & Outro Music by Jane Example & John Example https://www.example.com'],
    ['a download-or-stream ask', 'Download or Stream Salad Dressing now!'],
    ['a Spanish self-description', 'Example News es la cadena de noticias en español número uno en el mundo.'],
    ['a Spanish self-description in apposition, and its praise', 'Example News, el periódico global. Toda la información de última hora y los mejores reportajes.'],
    ['a Spanish bell ask', 'No olvides activar la campanita para recibir las notificaciones.'],
    ['a Spanish comment ask after its question', '¿Te gustó el video? Déjanos tu comentario.'],
    ['a Spanish pointer to the website', 'Más información en nuestro sitio web.'],
    ['an air time for two time zones', 'The Example Show airs weeknights at 11/10c on Example TV.'],
    [
      'a self-description going on under the channel\'s name',
      'Example News Digital is a collection of innovative and powerful news brands. Example News Digital features ExampleNews.com and the Example app. We deliver the best in breaking news.',
    ],
    ['a link label with a domain written in capitals', 'Visit ExampleNews.Com: http://example.com/read'],
    ['a self-description of the first and most credible', "Example News is the country's first 24-hour news channel, providing credible news to millions of viewers."],
    ['a stay-updated ask', 'Stay updated! Follow us on X: https://x.com/example'],
    ['a comment policy', 'Please keep discussions on this channel clean and respectful and refrain from using slurs and personal insults.'],
    ['a visit ask naming a platform', 'Visit Example News on YouTube to get up-to-the-minute sports news coverage, scores and highlights.'],
    ['a free-trial ask', 'Try it free!'],
    ['a network tag line after an air time', 'Watch The Example Show weeknights at 11:35 PM ET/10:35 PM CT. Only on Example TV.'],
    ['a tag line without a verb, its hosts and its hours', 'The Largest Online News Show in the World. Hosted by Jane Example and John Example. LIVE STREAMING weekdays 6-8pm ET.'],
    ['a closing thanks alone', 'Thank you for watching!!!'],
    ['a channel now on YouTube', 'Example News NL is now on YouTube.'],
    ['an official channel and what it carries', 'Official YouTube Channel for Example Movies. Home of Avatar, Aliens, Deadpool and many more.'],
    ['an ask that introduces its link', "Make sure to check out Andrew's book about the pawpaw:\nhttps://example.com/pawpaw"],
    ['a domain alone on its line', 'Follow us: https://x.com/example\nExample.com'],
  ])('removes %s', (_name, promo) => {
    const out = strip(`The central bank raised rates by half a point on Wednesday.\n\n${promo}`);
    expect(out.body).toBe('The central bank raised rates by half a point on Wednesday.');
  });

  it.each([
    [
      'The Late Show with Jane Example',
      'The Late Show with Jane Example is the premier late night talk show on Example TV, airing at 11:35pm EST. Every night, viewers can expect: comedy, interviews, music and celebrities.',
    ],
    ['Late Night with Jane Example', 'Late Night with Jane Example on YouTube features A-list celebrity guests, memorable comedy, and topical monologue jokes.'],
  ])('removes the self-description of a programme named at length (%s)', (source, promo) => {
    const out = strip(`The central bank raised rates by half a point on Wednesday.\n\n${promo}`, source);
    expect(out.body).toBe('The central bank raised rates by half a point on Wednesday.');
    expect(out.removed.every((r) => r.reason === 'channel-description')).toBe(true);
  });

  it('keeps reporting that follows a channel\'s description in its paragraph without praising the channel', () => {
    const out = strip('Example News brings you live global news and original shows. The minister announced the latest figures at a news conference on Tuesday.');
    expect(out.body).toBe('The minister announced the latest figures at a news conference on Tuesday.');
  });

  it('keeps a topic question in the first person plural between removed lines', () => {
    const out = strip('Thanks to Example Genetics for supporting Example News.\n\nHow much genetic diversity would we need to found a colony on Mars?\n\nFollow us on Twitter: https://twitter.com/example');
    expect(out.body).toBe('How much genetic diversity would we need to found a colony on Mars?');
  });

  it.each([
    'People who subscribe to Twitter Blue would also get priority in replies.',
    'YouTube said it had removed 1,000 channels for violating its policies.',
    'The channel passed 100 million subscribers on Monday, the company said.',
    'CBS News has more from San Francisco.',
    "Al Jazeera's Sinem Koseoglu reports from Gaziantep.",
    'Like many countries, Japan has raised interest rates this year.',
    'Follow-up talks are expected next week in Geneva.',
    'The summit, sponsored by the United Nations, drew 100 leaders.',
    'Officials said the leaked memo does not reflect the views of the cabinet.',
    'Music by Taylor Swift topped the charts for a tenth week.',
    'Donations to the charity rose 20% after the appeal, the group said on example.org.',
    'Customers who entered the code were charged twice, the bank said.',
    'If you like spicy food, the festival in Oaxaca is the place to be, organisers said.',
    'The regulator said 2 million subscribers had lost service, and urged them to dial 911 in an emergency.',
    'Officials published the ruling on Tuesday at https://bit.ly/3abc, a spokesperson said.',
    'Thanks for watching the debate, the moderator told viewers before the break.',
    'Officials urged residents to make sure to follow evacuation orders.',
    'If you enjoyed the first film, critics say, the sequel will disappoint.',
    "'You have stolen my dreams and my childhood with your empty words,' Greta Thunberg told the summit.",
    'Musk said Twitter would charge users $8 a month for verification.',
    'Share prices fell more than 5% after the announcement.',
    'More videos of the Beirut explosion are emerging, showing the devastating impact of the blast.',
    'Example News reported that the minister resigned on Tuesday.',
    'In this video we look at why the prime minister called an early election.',
    'She hoped to become a full member of the union by 2030.',
    'The senator refused to leave a comment on the investigation.',
    'We report from Kyiv, where air raid sirens sounded overnight.',
    'Watch the moment the rocket lifted off at 6pm on Tuesday.',
    'The #MeToo movement grew after the reports.',
    'The agency said on Twitter: the storm had weakened overnight.',
    'The network is facing a lawsuit from its former anchor, the report said.',
    'Press secretary Jen Psaki said the email was sent on Monday.',
    'For years, Example News has been the target of lawsuits from rival networks.',
    'Example News is the source of the leaked memo. Example News and its award-winning journalists deliver the breaking stories.',
    'For the first time, the agency published its data: growth was 5% in 2023.',
    'YouTube said comments that broke its guidelines on abusive language would be removed.',
    'Thanks to donors for supporting the hospital, the clinic reopened in May.',
    'Thanks to the European Union for supporting Ukraine.',
    'The 9/11 memorial will stay open until 10 p.m., officials said, and the vote airs on the record.',
    'El ministro dijo que la economía global crecerá un 3% y que el diario oficial publicará el decreto.',
    'Más información en las próximas horas, dijo el portavoz.',
    'The vaccine is available now in 40 countries, the WHO said.',
    'The ministry said it had no editorial control over the state broadcaster, a claim critics dispute.',
    'Shoppers got a better deal this year. Enter the market early, analysts advise, and prices fall.',
    'About 200 residents: that is how many were evacuated, officials said.',
    "Example News has been covering the top court's ruling since Tuesday.",
    "Jacksonville's enforcement of pedestrian violations raises concerns about racial profiling: http://propub.li/2hCCBaE",
    'Try as they might, regulators could not stop the clip spreading on TikTok.',
    'The largest news show in the world was cancelled on Tuesday.',
    'Only on Tuesday did the minister resign.',
    'Example News features Tom Brady in a new interview about his retirement.',
    'Protesters gathered daily from 6-8pm ET outside the embassy.',
    'Thanks for watching over us, the rescued hikers told the volunteers.',
    'Read the full statement from the ministry: the ceasefire begins at noon.',
    'The official channel of communication between the two armies was cut.',
  ])('keeps reporting: %s', (sentence) => {
    const out = strip(`${sentence}\n\nSubscribe to Example News: https://youtube.com/example`);
    expect(out.body).toBe(sentence);
  });

  it('removes an in-paragraph sponsor read and names the sponsor, keeping the sentences around it', () => {
    const out = strip(
      "Sunak called an election for July 4. Today's video is sponsored by Ground News - compare coverage at https://ground.news/tldr, where you can get 40% off. Parliament will be dissolved on May 30.",
    );
    expect(out.body).toBe('Sunak called an election for July 4. Parliament will be dissolved on May 30.');
    expect(out.sponsors).toEqual(['Ground News']);
    expect(out.removed[0].reason).toBe('sponsor');
  });

  it.each([
    ['Thanks to NordVPN for sponsoring this video! Get 60% off at https://nordvpn.com/x', 'NordVPN'],
    ['This episode is brought to you by Squarespace. Use code NEWS for 10% off.', 'Squarespace'],
  ])('finds the sponsor in "%s"', (read, name) => {
    expect(strip(`The storm hit the coast on Monday.\n\n${read}`).sponsors).toEqual([name]);
  });

  it('extracts chapters, removes them with their heading, and keeps prose timestamps', () => {
    const out = strip('The vote was held at 3:45 on Friday.\n\nTimestamps:\n00:00 Intro\n03:47 Highlights: the speech\n1:02:03 Analysis\n\nMore reporting follows.');
    expect(out.chapters).toEqual([
      { time: '00:00', seconds: 0, title: 'Intro' },
      { time: '03:47', seconds: 227, title: 'Highlights: the speech' },
      { time: '1:02:03', seconds: 3723, title: 'Analysis' },
    ]);
    expect(out.body).toBe('The vote was held at 3:45 on Friday.\n\nMore reporting follows.');
    expect(out.removed).toEqual([{ text: 'Timestamps:\n00:00 Intro\n03:47 Highlights: the speech\n1:02:03 Analysis', reason: 'chapters' }]);
  });

  it('collects hashtags as written and links de-duplicated in order, including ones in kept text', () => {
    const out = strip('Fans cheered #Paris2024 as https://olympics.com/live showed the parade.\n\nWatch: https://olympics.com/live\n#Paris2024 #paris2024 #Olympics');
    expect(out.hashtags).toEqual(['#Paris2024', '#Olympics']);
    expect(out.links).toEqual(['https://olympics.com/live']);
    expect(out.body).toContain('#Paris2024');
  });

  it('removes the rest of a channel\'s description paragraph in its first person, once two of its sentences are removed', () => {
    const about =
      'Example News is a global network that examines world issues with in-depth analysis. We provide much more than the news of the day. We are journalists who are neutral to the core. People are tired of biased reportage and we stand for a united world. So for us the world is truly one.';
    expect(strip(`The talks ended without a deal.\n\n${about}`).body).toBe('The talks ended without a deal.');
    // One removed sentence is not enough: a reporter's "we" after a tag line stays.
    const news = 'Example News brings you the latest headlines. Then we asked the mayor what comes next. The council meets on Monday.';
    expect(strip(news).body).toBe('Then we asked the mayor what comes next. The council meets on Monday.');
  });

  it('removes the channel\'s name with its slogan after a dash and the first person plural after it, not a song\'s title', () => {
    expect(strip('Alemania vota en febrero.\n\nEjemplo Español – El mundo desde Alemania. Informamos en 32 idiomas.', 'Ejemplo Español').body).toBe('Alemania vota en febrero.');
    const song = 'Dana Whitcombe - Rooted Deep feat. Sam Orlen';
    expect(strip(`${song}\n\nThe new single is out now.`, 'Dana Whitcombe').body).toContain(song);
  });

  it('removes sponsors named as making the video possible or thanked for it, their pitch with its link, and discounts to take by a link', () => {
    const out = strip(
      'The economy shrank by 0.1% in October.\n\nThis video was made possible by Vexaron News. Compare coverage from across the spectrum at https://vexaron.example/tldr.\n\nTo get 40% off the annual plan, head to the link above.\n\nHuge thanks to Zentrix VPN for supporting this video.\n\nThey just HATE me.(Go to http://zentrix.example/c for 15% off your order!',
    );
    expect(out.body).toBe('The economy shrank by 0.1% in October.\n\nThey just HATE me.');
    // A discount in the news, a donor thanked for a hospital: kept.
    const kept = 'Retailers offered 40% off as shoppers stayed away, the survey found.\n\nHuge thanks to donors for supporting the hospital, the director said.';
    expect(strip(kept).body).toBe(kept);
  });

  it('removes a corporate description with an apposition after the name', () => {
    const out = strip(
      'Protesters clashed with police.\n\nExample News, the news and media division of Example Group, is the world’s largest international multimedia news provider reaching a billion people.',
    );
    expect(out.body).toBe('Protesters clashed with police.');
    const kept = 'Example News, the outlet that broke the story, is facing a lawsuit from the company.';
    expect(strip(kept).body).toBe(kept);
  });

  it('removes the kind of news outlet the channel says it is, and its mission and appeal after it', () => {
    const out = strip(
      'Quakes struck the border region.\n\nExplainly is a general interest news site for the 21st century. Our mission: to help everyone understand our complicated world. We rely on viewers like you to keep our work free.',
      'Explainly',
    );
    expect(out.body).toBe('Quakes struck the border region.');
    expect(strip('Milei ganó.\n\nExplainly Noticias es la principal cadena de noticias en español.', 'Explainly Noticias').body).toBe('Milei ganó.');
    expect(strip('La flèche est tombée.\n\nLe Quotidien Exemple est un quotidien français fondé en 1944.', 'Le Quotidien Exemple').body).toBe('La flèche est tombée.');
    // Where it can be had: "… is available in 12 languages".
    expect(strip('Turnout fell.\n\nExplainly is available in 12 languages. Subscribe to our channel: https://example.com/sub', 'Explainly').body).toBe('Turnout fell.');
    // Its invitation after its description: "Follow the stories of entrepreneurs, …".
    expect(strip('Sales fell.\n\nAbout Explainly: Explainly is a news site dedicated to making you smarter about money. Follow the stories of entrepreneurs and investors.', 'Explainly').body).toBe('Sales fell.');
    // Another outlet, or the channel as the story's subject, stays.
    const kept = 'Nexora Daily is a news site owned by a hedge fund, the report said. Explainly is facing a lawsuit.';
    expect(strip(kept, 'Explainly').body).toBe(kept);
  });

  it('removes thanks to the channel\'s members with the names after it, its viewers thanked for this video, asks to subtitle and licensing addresses', () => {
    const out = strip(
      'We looked at the numbers.\n\nThank you so much to our patrons for your support! Without you this video would not be possible.\nDana Whitcombe, Sam Orlen, Adi V, Kim Tollan, Ray Cullum, Penny Arden\n\nLooking for Example News elsewhere on the internet?\nFacebook: http://www.facebook.com/example\n\nThank you for watching this Indonesian food video! Help more people watch it by contributing subtitles. For licensing and usage inquiries please email licensing@example.com',
    );
    expect(out.body).toBe('We looked at the numbers.');
    // A list of names in the story, a company's licensing inquiry in the news: kept.
    const kept = 'The cast: Dana Whitcombe, Sam Orlen, Adi V, Kim Tollan, Ray Cullum, Penny Arden.\n\nThe company faces licensing inquiries from regulators.';
    expect(strip(kept).body).toBe(kept);
  });

  it('removes a sentence of the description paragraph whose subject the removed description named', () => {
    const about =
      'Example News Channel (ENC) is a 24-hour all-encompassing news service delivering breaking news. The number one network in cable, ENC has been the most-watched television news channel for 18 years. ENC is available in nearly 90 million homes and dominates the landscape.';
    expect(strip(`The senator spoke in Ohio.\n\n${about}`).body).toBe('The senator spoke in Ohio.');
    // Not after a single removed sentence: the paragraph may go on with news of the channel.
    const news = 'Example News Channel (ENC) is a 24-hour news service delivering breaking news. ENC was sued by a former anchor on Monday.';
    expect(strip(news).body).toBe('ENC was sued by a former anchor on Monday.');
  });

  it('removes a programme\'s description under its full name, and the rest of its paragraph about "the show"', () => {
    const about =
      'Each week night, THE LATE SHIFT with DANA WHITCOMBE throws the ultimate after party with a mix of celebrity guests, musical acts and sketches. Whitcombe offers viewers a peek behind the scenes. Additionally, bandleader Sam Orlen and the house band provide original music throughout the show.';
    expect(strip(`Dana and the cast reunite their cover band.\n\n${about}`, 'The Late Shift with Dana Whitcombe').body).toBe('Dana and the cast reunite their cover band.');
    // The same name in a news sentence of another channel stays.
    const news = 'The Late Shift with Dana Whitcombe ends its run in May, the network said.';
    expect(strip(news, 'Example News').body).toBe(news);
  });

  it('removes what a programme\'s hosts deliver, named in quotes, and keeps what others deliver', () => {
    const out = strip(
      '"Example Saturday Morning" co-hosts Dana Whitcombe and Sam Orlen deliver two hours of original reporting and breaking news.\n\nA wildfire forced thousands to evacuate.',
    );
    expect(out.body).toBe('A wildfire forced thousands to evacuate.');
    const kept = 'The Vellmar Band and Dana Whitcombe cover a classic song in this official video.';
    expect(strip(kept, 'The Vellmar Band').body).toBe(kept);
  });

  it('removes where to turn for the news, a tag line from the channel\'s team and when its comments are open', () => {
    const out = strip(
      'Shares rose 4% after the results.\n\nTurn to Channel 9 News for the latest stock market news and analysis.\n\nTop stories and in-depth analysis from the Channel 9 News team.\n\nNote: In most cases, comments will be open for 24 hours on our YouTube channel.',
      'Channel 9 News',
    );
    expect(out.body).toBe('Shares rose 4% after the results.');
    // Not the same words about someone else.
    const kept = 'Investors turn to gold for safety when markets fall.\n\nTop stories from the county council meeting.\n\nThe company said comments are moderated on its forum.';
    expect(strip(kept, 'Channel 9 News').body).toBe(kept);
    // A channel named by a distinctive word: "Turn to Example TV for …".
    expect(strip('Turn to Example TV for the latest market news. Stocks fell.', 'Example TV').body).toBe('Stocks fell.');
  });

  it('knows a channel by the initials of a name of three words, and a multi-award winning service as its description', () => {
    const out = strip(
      'The Fed held rates steady.\n\nExample Daily Courier Video is a multi-award winning video news service based in London. We produce a wide range of content.\n\nTurn to EDC for the latest market news.',
      'Example Daily Courier',
    );
    expect(out.body).toBe('The Fed held rates steady.');
    // A name that holds an acronym has none of its own initials: "CBC News: The National" is not "CNN".
    expect(strip('Turn to CNN for the latest news. Stocks fell.', 'CBC News: The National').body).toBe('Turn to CNN for the latest news. Stocks fell.');
  });

  it('removes Spanish and French asks to follow the channel written with "you can"', () => {
    expect(strip('El presidente declaró el estado de excepción.\n\nTambién puedes seguirnos en Facebook, Twitter e Instagram.').body).toBe('El presidente declaró el estado de excepción.');
    expect(strip('Las inundaciones dejaron 200 muertos.\n\nY recuerda que puedes activar las notificaciones para no perderte nuestro contenido.').body).toBe('Las inundaciones dejaron 200 muertos.');
    expect(strip("Le président a annoncé le report de l'élection.\n\nVous pouvez aussi nous suivre sur Facebook.").body).toBe("Le président a annoncé le report de l'élection.");
  });

  it('honours learned channel patterns', () => {
    const footer = 'The Example Daily is produced in Washington.';
    const description = `The storm hit the coast on Monday. ${footer}`;
    expect(strip(description).body).toBe(description);
    const out = stripBoilerplate(doc(description), { channelPatterns: [normalizeSegment(footer)] });
    expect(out.body).toBe('The storm hit the coast on Monday.');
    expect(out.removed).toEqual([{ text: footer, reason: 'learned-channel-footer' }]);
    expect(() => stripBoilerplate(doc(description), { channelPatterns: [42 as unknown as string] })).toThrow(/channelPatterns/);
  });

  it('is deterministic and keeps the cleaned fields', () => {
    const cleaned = clean(seed).documents[0];
    expect(stripBoilerplate(cleaned)).toEqual(stripBoilerplate(cleaned));
    expect(stripBoilerplate(cleaned)).toMatchObject({ id: cleaned.id, title: cleaned.title, description: cleaned.description });
  });

  it('handles an empty description', () => {
    expect(strip('')).toMatchObject({ body: '', removed: [], links: [], hashtags: [], chapters: [], sponsors: [] });
  });
});
