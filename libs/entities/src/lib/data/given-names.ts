/**
 * Common French, Spanish (with Catalan and Basque), Portuguese and Italian given names, which the
 * `compromise` lexicon, mostly English, largely lacks ("Aurélien", "Thibault", "Joaquín",
 * "Guadalupe"). Written with their accents; matching folds case and accents.
 *
 * Left out on purpose: names that are as often an ordinary English word or a place ("Paris",
 * "Florence", "Victoria", "Lourdes", "Mercedes", "Jade", "Marine", "Fanny", "Aurora", "Viola",
 * "Carmine", "Margaux"), Spanish, Italian or French words and places ("Pilar", "Ángeles",
 * "Soledad", "Concepción", "Milagros", "Amparo", "Santiago", "Salvador", "Montserrat",
 * "Catalina", "Vitória", "Ginevra", "Virginie", "Margherita", "Pere" as "Père", "Aimé" as
 * "aime"), and names mostly meaning one person, club or brand when alone ("Ronaldo", "Franco",
 * "Vasco", "Valentino"). Names compromise has that are also English words ("Louis", "Eva", "Maria") are
 * not repeated here: no name of this list is an ordinary English word.
 */
export const ROMANCE_GIVEN_NAMES: readonly string[] = [
  // Spanish, women's, that are also a country's name in Spanish ("Francia Márquez").
  'Francia',
  // French, men's.
  'Aurélien', 'Thibault', 'Thibaut', 'Théo', 'Hugo', 'Lucas', 'Gabriel', 'Raphaël', 'Arthur', 'Jules', 'Maël',
  'Nathan', 'Léo', 'Paul', 'Sacha', 'Mathis', 'Mathéo', 'Timéo', 'Enzo', 'Antoine', 'Baptiste', 'Corentin', 'Florian',
  'Quentin', 'Romain', 'Maxime', 'Alexandre', 'Guillaume', 'Nicolas', 'Julien', 'Sébastien', 'Jérôme', 'Frédéric',
  'Stéphane', 'Laurent', 'Olivier', 'Thierry', 'Philippe', 'Pascal', 'Christophe', 'François', 'Jean', 'Pierre', 'Jacques',
  'Michel', 'Bernard', 'Gérard', 'Didier', 'Éric', 'Franck', 'Hervé', 'Yannick', 'Benoît', 'Grégoire', 'Bertrand', 'Arnaud',
  'Cédric', 'Damien', 'Fabrice', 'Jérémy', 'Kévin', 'Ludovic', 'Mickaël', 'Mathieu', 'Matthieu', 'Mathias', 'Rémi', 'Rémy',
  'Sylvain', 'Vincent', 'Xavier', 'Yves', 'Yann', 'Loïc', 'Gaël', 'Gaëtan', 'Tanguy', 'Erwan', 'Killian', 'Kylian',
  'Valentin', 'Adrien', 'Bastien', 'Cyril', 'Cyrille', 'Emmanuel', 'Étienne', 'Fabien', 'Gautier', 'Gilles', 'Hugues',
  'Lionel', 'Marcel', 'René', 'Henri', 'Raymond', 'André', 'Georges', 'Lucien', 'Marc', 'Luc', 'Joël', 'Régis',
  'Alain', 'Denis', 'Dominique', 'Claude', 'Émile', 'Félix', 'Léon', 'Léonard', 'Armand', 'Edmond', 'Eugène', 'Fernand',
  'Gustave', 'Honoré', 'Timothée', 'Augustin', 'Amaury', 'Anatole', 'Baudouin', 'Clément', 'Édouard', 'Geoffroy', 'Ghislain',
  'Hubert', 'Jocelyn', 'Marius', 'Nathanaël', 'Tristan', 'Wilfried', 'Yohan', 'Johan', 'Karim', 'Mehdi', 'Rachid', 'Yacine',
  'Sofiane', 'Nabil', 'Farid', 'Samir', 'Nassim', 'Bilal', 'Walid',
  'Jean-Pierre', 'Jean-Luc', 'Jean-Marc', 'Jean-Claude', 'Jean-François', 'Jean-Michel', 'Jean-Paul', 'Jean-Louis',
  'Jean-Jacques', 'Jean-Baptiste', 'Jean-Yves', 'Pierre-Yves',
  // French, women's.
  'Léa', 'Manon', 'Chloé', 'Camille', 'Inès', 'Lina', 'Louise', 'Océane', 'Romane', 'Célia', 'Maëlys', 'Anaïs', 'Clara',
  'Juliette', 'Pauline', 'Aurore', 'Justine', 'Élodie', 'Émilie', 'Amélie', 'Laetitia', 'Sandrine', 'Nathalie', 'Isabelle',
  'Sylvie', 'Véronique', 'Valérie', 'Sophie', 'Stéphanie', 'Céline', 'Aurélie', 'Delphine', 'Christelle', 'Karine',
  'Laurence', 'Agnès', 'Brigitte', 'Chantal', 'Monique', 'Françoise', 'Martine', 'Michèle', 'Danielle', 'Ghislaine',
  'Geneviève', 'Solène', 'Gwendoline', 'Bérénice', 'Mathilde', 'Constance', 'Héloïse', 'Apolline', 'Capucine', 'Clémence',
  'Ségolène', 'Mélanie', 'Mélissa', 'Laure', 'Ophélie', 'Perrine', 'Coralie', 'Jeanne', 'Margot', 'Albane', 'Axelle', 'Zoé',
  'Noémie', 'Maëlle', 'Gaëlle', 'Léonie', 'Salomé', 'Elsa', 'Yasmine', 'Amandine', 'Cécile', 'Estelle', 'Maud', 'Morgane',
  'Élise', 'Élisabeth', 'Hélène', 'Odile', 'Colette', 'Micheline', 'Jacqueline', 'Yvette', 'Yvonne', 'Paulette', 'Ginette',
  'Huguette', 'Josette', 'Simone', 'Lucienne', 'Denise', 'Madeleine', 'Bernadette', 'Thérèse', 'Marguerite', 'Germaine',
  'Suzanne', 'Renée', 'Odette', 'Mireille', 'Nadine', 'Corinne', 'Évelyne', 'Pascale', 'Muriel', 'Béatrice', 'Joëlle',
  'Maryse', 'Régine', 'Annick', 'Armelle', 'Gwenaëlle', 'Sabine', 'Carole', 'Ludivine', 'Francine', 'Claudine', 'Jocelyne',
  'Leïla', 'Samia', 'Karima', 'Fatima',
  'Marie-Claire', 'Anne-Sophie', 'Marie-France', 'Marie-Christine', 'Marie-Laure', 'Anne-Marie',
  // Spanish, Catalan and Basque, men's.
  'Joaquín', 'Alejandro', 'Andrés', 'Antonio', 'Agustín', 'Álvaro', 'Alfonso', 'Alberto', 'Arturo', 'Benito', 'Bernardo',
  'Carlos', 'César', 'Cristóbal', 'Cristian', 'Diego', 'Eduardo', 'Emilio', 'Enrique', 'Ernesto', 'Esteban', 'Eugenio',
  'Federico', 'Felipe', 'Fernando', 'Francisco', 'Gerardo', 'Gonzalo', 'Guillermo', 'Gustavo', 'Héctor', 'Hernán', 'Ignacio',
  'Iñaki', 'Iñigo', 'Javier', 'Jorge', 'José', 'Juan', 'Julián', 'Julio', 'Leonardo', 'Lorenzo', 'Luis', 'Manuel', 'Marcelo',
  'Marcos', 'Mario', 'Martín', 'Mateo', 'Matías', 'Mauricio', 'Miguel', 'Nicolás', 'Óscar', 'Pablo', 'Patricio', 'Pedro',
  'Rafael', 'Ramiro', 'Ramón', 'Raúl', 'Ricardo', 'Roberto', 'Rodrigo', 'Rogelio', 'Sebastián', 'Sergio', 'Tomás', 'Vicente',
  'Víctor', 'Jaime', 'Rubén', 'Adrián', 'Íker', 'Unai', 'Aitor', 'Asier', 'Mikel', 'Xabier', 'Gorka', 'Borja', 'Jordi',
  'Oriol', 'Josep', 'Xavi', 'Arnau', 'Emiliano', 'Maximiliano', 'Santino', 'Thiago', 'Bautista', 'Benjamín', 'Facundo',
  'Lautaro', 'Leonel', 'Ezequiel',
  // Spanish, Catalan and Basque, women's.
  'Guadalupe', 'María', 'Carmen', 'Ana', 'Isabel', 'Lucía', 'Sofía', 'Martina', 'Paula', 'Valeria', 'Daniela', 'Camila',
  'Valentina', 'Ximena', 'Jimena', 'Fernanda', 'Gabriela', 'Mariana', 'Alejandra', 'Andrea', 'Natalia', 'Laura', 'Elena',
  'Cristina', 'Marta', 'Raquel', 'Rocío', 'Nuria', 'Begoña', 'Itziar', 'Ainhoa', 'Aitana', 'Alba', 'Irene', 'Beatriz',
  'Teresa', 'Silvia', 'Patricia', 'Susana', 'Yolanda', 'Verónica', 'Lorena', 'Marisol', 'Maribel', 'Estefanía', 'Yesenia',
  'Maite', 'Nerea', 'Leire', 'Iratxe', 'Amaia', 'Olatz', 'Noelia', 'Tamara', 'Sara', 'Julia', 'Adriana', 'Alicia',
  'Ariadna', 'Carlota', 'Claudia', 'Esther', 'Rosa', 'Josefina', 'Agustina', 'Renata', 'Paola', 'Romina', 'Marisa', 'Mónica',
  'Fabiola', 'Graciela', 'Marcela', 'Liliana', 'Araceli',
  // Portuguese, men's.
  'João', 'Joaquim', 'Gonçalo', 'Tiago', 'Afonso', 'Nuno', 'Rui', 'Sérgio', 'Paulo', 'Luís', 'Henrique', 'Guilherme',
  'Vinícius', 'Caio', 'Otávio', 'Matheus', 'Márcio', 'Cláudio', 'Fábio', 'Flávio', 'Rogério', 'Reinaldo', 'Sebastião',
  'Severino', 'Raimundo', 'Cristiano', 'Diogo', 'António', 'Antônio', 'Mateus', 'Davi', 'Heitor',
  // Portuguese, women's.
  'Inês', 'Leonor', 'Matilde', 'Francisca', 'Joana', 'Rita', 'Catarina', 'Margarida', 'Madalena', 'Lara', 'Luana', 'Larissa',
  'Letícia', 'Juliana', 'Bruna', 'Giovanna', 'Isadora', 'Yasmin', 'Raíssa', 'Tatiana', 'Priscila', 'Patrícia',
  'Vanessa', 'Cristiane', 'Luciana', 'Lúcia', 'Rosângela', 'Márcia', 'Sônia', 'Débora', 'Jéssica', 'Carolina',
  // Italian, men's.
  'Giuseppe', 'Giovanni', 'Francesco', 'Alessandro', 'Matteo', 'Gabriele', 'Riccardo', 'Tommaso', 'Edoardo', 'Davide',
  'Giacomo', 'Pietro', 'Marco', 'Luca', 'Stefano', 'Paolo', 'Massimo', 'Maurizio', 'Fabrizio', 'Claudio', 'Salvatore',
  'Vincenzo', 'Gennaro', 'Raffaele', 'Emanuele', 'Daniele', 'Michele', 'Nicola', 'Filippo', 'Luigi', 'Giorgio', 'Enrico',
  'Bruno', 'Carlo', 'Domenico', 'Angelo', 'Gianluca', 'Gianluigi', 'Gianni', 'Giancarlo', 'Pierluigi', 'Silvio', 'Sandro',
  'Ugo', 'Umberto', 'Vittorio', 'Valerio', 'Ettore', 'Gino', 'Dario', 'Mattia', 'Samuele',
  // Italian, women's.
  'Giulia', 'Chiara', 'Francesca', 'Alessia', 'Giorgia', 'Beatrice', 'Elisa', 'Federica', 'Roberta', 'Simona', 'Stefania',
  'Antonella', 'Rossella', 'Raffaella', 'Serena', 'Gianna', 'Giuseppina', 'Anna', 'Lucia', 'Carla', 'Carmela',
  'Concetta', 'Angela', 'Patrizia', 'Manuela', 'Loredana', 'Monica', 'Barbara', 'Ilaria', 'Arianna', 'Camilla', 'Noemi',
  'Greta', 'Benedetta', 'Ludovica', 'Letizia', 'Lorenza', 'Maddalena', 'Ornella', 'Sabrina', 'Tiziana',
];

/**
 * English given names that are also ordinary words, which the `compromise` lexicon tags as words
 * first ("Hunter Biden", "Frank Bainimarama", "Max Verstappen"). Left out: those that begin the
 * names of things or sentences as often ("Will", "May", "Hope you enjoyed", "Bill" before a bill's
 * number, "Rose Bowl", "Ruby" a colour's name, "Autumn Statement", "Summer Games", "Joy Division",
 * "Crystal Palace", "Dean of Students", "Sterling").
 */
export const ENGLISH_GIVEN_NAMES_ALSO_WORDS: readonly string[] = [
  'Hunter', 'Mason', 'Faith', 'Holly', 'Iris', 'Violet', 'Hazel', 'Jasmine', 'Taylor', 'Harper', 'Cooper', 'Parker',
  'Carter', 'Reed', 'Frank', 'Piper', 'Tucker', 'Melody', 'Daisy', 'Lily', 'Max', 'Bill', 'Coco', 'Gene', 'Guy', 'Robin', 'Ray',
  'Penny', 'Finn',
];

/**
 * Given names of people in international news that neither list above nor compromise holds
 * ("Nawaz Sharif", "Abiy Ahmed", "Naftali Bennett", "Shinzo Abe", "Oleksiy Reznikov"): in a Title
 * Case title a name is found by its given name. None is an ordinary English word, a title ("Sheikh")
 * or a particle ("Abu"); surnames that are also given names elsewhere ("Abbas") name a person either way.
 */
export const WORLD_GIVEN_NAMES: readonly string[] = [
  // Pakistani.
  'Asif', 'Nawaz', 'Ishaq', 'Imran', 'Shehbaz', 'Bilawal', 'Tariq', 'Faisal', 'Rashid', 'Hamid', 'Salman', 'Shahbaz',
  'Benazir', 'Zulfikar', 'Pervez', 'Qamar', 'Asim', 'Yousaf', 'Shoaib', 'Babar', 'Wasim', 'Waqar', 'Inzamam',
  'Sarfaraz', 'Fawad', 'Fahad', 'Junaid', 'Kamran', 'Khurram', 'Zafar', 'Javed', 'Naveed', 'Naseem', 'Nadeem',
  'Sohail', 'Waqas', 'Adnan', 'Arif', 'Aamir', 'Athar',
  // Indian.
  'Narendra', 'Arvind', 'Priyanka', 'Nitin', 'Vijay', 'Ravi', 'Ramesh', 'Anil', 'Sunil', 'Ajay', 'Akshay', 'Deepika',
  'Virat', 'Sachin', 'Rohit', 'Mahendra', 'Rajnath', 'Amitabh', 'Shashi', 'Piyush', 'Smriti', 'Nirmala',
  'Subrahmanyam', 'Manmohan', 'Atal', 'Mamata', 'Uddhav', 'Devendra', 'Yogendra', 'Ashok', 'Pranab', 'Ramnath',
  'Droupadi', 'Venkaiah', 'Hardik', 'Jasprit', 'Ravindra', 'Shikhar', 'Ajinkya', 'Cheteshwar', 'Bhuvneshwar',
  'Shubman', 'Rishabh', 'Kapil', 'Sourav', 'Anushka', 'Kareena', 'Ranveer', 'Ranbir', 'Hrithik', 'Saif', 'Aishwarya',
  'Kartik', 'Ayushmann', 'Rajkummar', 'Nawazuddin', 'Irrfan', 'Amrish', 'Dharmendra', 'Mithun', 'Jeetendra', 'Sridevi',
  'Madhuri', 'Juhi', 'Kajol', 'Rani', 'Preity', 'Tabu', 'Vidya', 'Sushant', 'Sidharth', 'Varun', 'Ananya', 'Janhvi',
  'Shraddha', 'Kriti', 'Taapsee', 'Bhumi',
  // African.
  'Uhuru', 'Bola', 'Muhammadu', 'Goodluck', 'Olusegun', 'Nnamdi', 'Abiy', 'Yoweri', 'Emmerson', 'Thabo', 'Kofi',
  'Nana', 'Kwame', 'Jomo', 'Raila', 'Jakaya', 'Hage', 'Macky', 'Alassane', 'Fattah', 'Mahamat', 'Abdirahman', 'Salva',
  'Riek', 'Abdalla', 'Yemi', 'Babajide', 'Atiku', 'Seyi', 'Wole', 'Chimamanda', 'Ngozi', 'Akinwumi',
  // Middle Eastern, Iranian and Turkish.
  'Yahya', 'Javad', 'Ebrahim', 'Bashar', 'Hafez', 'Naftali', 'Yair', 'Gideon', 'Itamar', 'Bezalel', 'Avigdor', 'Gilad',
  'Ayelet', 'Reuven', 'Yoav', 'Gadi', 'Yossi', 'Ehud', 'Shimon', 'Yitzhak', 'Menachem', 'Marwan', 'Riyad', 'Saeb',
  'Jibril', 'Hanan', 'Ziad', 'Mojtaba', 'Akbar', 'Ruhollah', 'Qassem', 'Abbas', 'Mohsen', 'Mahsa', 'Shirin', 'Nasrin',
  'Hamad', 'Tamim', 'Zayed', 'Khalifa', 'Nayef', 'Mansour', 'Abdulaziz', 'Haya', 'Ayman', 'Mevlut', 'Hakan', 'Kemal',
  'Binali', 'Devlet', 'Selahattin', 'Ekrem', 'Meral', 'Nihat', 'Arda', 'Burak', 'Emre', 'Mert', 'Cem', 'Ozan',
  // Japanese.
  'Shinzo', 'Fumio', 'Yoshihide', 'Junichiro', 'Naruhito', 'Yuriko', 'Hideki', 'Shohei', 'Kei', 'Yuki', 'Hiroshi',
  'Takeshi', 'Kenji', 'Hayao', 'Yoko', 'Koji', 'Shigeru', 'Sanae', 'Takuya', 'Kazuo', 'Masayoshi', 'Akio', 'Tadashi',
  'Hirokazu', 'Ryusuke',
  // Eastern and Northern European.
  'Alexey', 'Oleksiy', 'Andriy', 'Mykhailo', 'Yulia', 'Viktoriya', 'Yevgeniy', 'Ramzan', 'Sergiy', 'Vitali', 'Vitaliy',
  'Denys', 'Kyrylo', 'Arseniy', 'Svetlana', 'Olena', 'Iryna', 'Ksenia', 'Kaja', 'Mette', 'Sanna', 'Annalena',
  'Mateusz', 'Zuzana', 'Gitanas', 'Edgars', 'Kersti', 'Volkan', 'Petteri', 'Valeriy', 'Gennady', 'Vyacheslav',
  'Arkady', 'Oleg', 'Grigory', 'Taras', 'Ruslan', 'Rustem', 'Bohdan', 'Mykola', 'Vasyl', 'Nataliya', 'Lyudmila',
  'Galina', 'Svyatoslav', 'Ingrida', 'Krisjanis', 'Evika', 'Egils', 'Ulf', 'Jyrki', 'Juha', 'Mikko', 'Antti', 'Sauli',
  'Heikki', 'Tarja',
];
