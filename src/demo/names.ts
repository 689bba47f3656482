/** Word lists of the demo team: invented names, real communes and postal codes of the Lyon area. */

export const FIRST_NAMES: readonly string[] = [
  'Sophie Nathalie Isabelle Camille Julie Émilie Céline Aurélie Sandrine Laure Manon Léa Claire Hélène',
  'Valérie Inès Sarah Nadia Pauline Marion Nicolas Julien Sébastien Laurent Stéphane Olivier Mathieu',
  'Antoine Romain David Franck Jérôme Guillaume Yannick Mehdi Hugo Lucas Bruno Patrice Vincent',
].flatMap((line) => line.split(' '));

export const LAST_NAMES: readonly string[] = [
  'Bernard Petit Durand Moreau Laurent Simon Michel Garcia Roux Fournier Girard Bonnet Dupont Lambert',
  'Fontaine Rousseau Vincent Muller Faure Blanc Guérin Boyer Chevalier Perrin Morel Mathieu Clément',
  'Gauthier Robin Masson Sanchez Nicolas Henry Roussel Brun Marchand Barbier Arnaud Perret Chabert',
  'Brunet Collet Bouvier Rey Giraud Carron Vial Pichon Chapuis Ferrand',
].flatMap((line) => line.split(' '));

/**
 * A commune, its postal code and its distance by road from the agency (Lyon 7e) in km. `/plan route`
 * finds the communes' centres in the offline postal code table (src/geo).
 */
export interface Place {
  readonly city: string;
  readonly postalCode: string;
  readonly km: number;
}

export const PLACES: readonly Place[] = [
  { city: 'Lyon', postalCode: '69001', km: 4 },
  { city: 'Lyon', postalCode: '69002', km: 3 },
  { city: 'Lyon', postalCode: '69003', km: 4 },
  { city: 'Lyon', postalCode: '69004', km: 7 },
  { city: 'Lyon', postalCode: '69005', km: 6 },
  { city: 'Lyon', postalCode: '69006', km: 5 },
  { city: 'Lyon', postalCode: '69007', km: 2 },
  { city: 'Lyon', postalCode: '69008', km: 4 },
  { city: 'Lyon', postalCode: '69009', km: 8 },
  { city: 'Villeurbanne', postalCode: '69100', km: 7 },
  { city: 'Vénissieux', postalCode: '69200', km: 8 },
  { city: 'Caluire-et-Cuire', postalCode: '69300', km: 10 },
  { city: 'Bron', postalCode: '69500', km: 9 },
  { city: 'Vaulx-en-Velin', postalCode: '69120', km: 13 },
  { city: 'Saint-Priest', postalCode: '69800', km: 14 },
  { city: 'Rillieux-la-Pape', postalCode: '69140', km: 15 },
  { city: 'Écully', postalCode: '69130', km: 11 },
  { city: 'Tassin-la-Demi-Lune', postalCode: '69160', km: 10 },
  { city: 'Oullins-Pierre-Bénite', postalCode: '69600', km: 6 },
  { city: 'Sainte-Foy-lès-Lyon', postalCode: '69110', km: 7 },
  { city: 'Décines-Charpieu', postalCode: '69150', km: 16 },
  { city: 'Meyzieu', postalCode: '69330', km: 20 },
  { city: 'Saint-Fons', postalCode: '69190', km: 7 },
  { city: 'Villefranche-sur-Saône', postalCode: '69400', km: 36 },
  { city: 'Limonest', postalCode: '69760', km: 16 },
  { city: 'Dardilly', postalCode: '69570', km: 14 },
  { city: 'Craponne', postalCode: '69290', km: 14 },
  { city: 'Chassieu', postalCode: '69680', km: 15 },
  { city: 'Genas', postalCode: '69740', km: 19 },
  { city: 'Saint-Genis-Laval', postalCode: '69230', km: 11 },
  { city: 'Brignais', postalCode: '69530', km: 17 },
  { city: 'Givors', postalCode: '69700', km: 25 },
  { city: 'Neuville-sur-Saône', postalCode: '69250', km: 20 },
  { city: 'Champagne-au-Mont-d’Or', postalCode: '69410', km: 11 },
];
