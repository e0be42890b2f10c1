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
  'Carter', 'Reed', 'Frank', 'Piper', 'Tucker', 'Melody', 'Daisy', 'Lily', 'Max', 'Bill', 'Coco', 'Gene', 'Guy',
];
